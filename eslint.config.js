// Lint: recommended rules for JS and TypeScript; formatting is Prettier's job.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "data/**", "coverage/**", "docs/**", "scratch/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Untrusted text: use textContent or DOM nodes." },
        { property: "outerHTML", message: "Untrusted text: use textContent or DOM nodes." },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["sigma", "sigma/*", "../ui/*", "../worker/*"] },
      ],
      "no-restricted-globals": ["error", "document", "window"],
    },
  },
);
