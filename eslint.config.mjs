// Lint gate (part of `npm test`): Next's rules (core web vitals, React hooks) and typescript-eslint's, with the
// type-aware promise rules that catch an un-awaited write or a promise handed to an event handler.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.{ts,tsx,mts}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // The rule is for the Pages Router (there is no pages/ here): it flags download links to route handlers
      // (CSV, PDF, PPTX), which must stay plain <a> elements.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    // Tests and scripts are not React: helpers named use…() (e.g. useTempDatabaseUrl) are not hooks.
    files: ["tests/**", "scripts/**", "seed/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([".next/**", ".next-*/**", "out/**", "build/**", "next-env.d.ts", "lib/generated/**", "coverage/**"]),
]);
