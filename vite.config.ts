// Vite builds the single-page app; Vitest (unit tests, node environment) shares this config.
import { defineConfig } from "vitest/config";

export default defineConfig({
  base: "./",
  server: { port: 5173, host: "127.0.0.1" },
  preview: { port: 4173, host: "127.0.0.1", strictPort: true },
  worker: { format: "es" },
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 1500 },
  test: {
    environment: "node",
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    testTimeout: 60_000,
  },
});
