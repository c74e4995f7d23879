// Vite builds the single-page app; Vitest (unit tests, node environment) shares this config.
import { defineConfig, type Plugin } from "vitest/config";
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./src/securityPolicy";

/**
 * Writes the Content-Security-Policy into the built page. Only into the build: the dev server
 * injects inline scripts and a websocket for hot reload that the policy would refuse.
 */
const contentSecurityPolicy: Plugin = {
  name: "content-security-policy",
  apply: "build",
  transformIndexHtml: () => [
    {
      tag: "meta",
      attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
      injectTo: "head-prepend",
    },
  ],
};

export default defineConfig({
  base: "./",
  plugins: [contentSecurityPolicy],
  server: { port: 5173, host: "127.0.0.1" },
  preview: { port: 4173, host: "127.0.0.1", strictPort: true, headers: SECURITY_HEADERS },
  worker: { format: "es" },
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 1500 },
  test: {
    environment: "node",
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    testTimeout: 60_000,
    // Hooks read and build whole corpora (csr, louvain, store tests): 10 s, vitest's default, was
    // overrun at load 30 on this 2-core machine, failing a suite whose tests all pass.
    hookTimeout: 120_000,
  },
});
