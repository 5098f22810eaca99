// ESLint flat config: TypeScript rules everywhere, Office add-in rules on Excel code,
// and a wall around src/core (pure: no Office, DOM or Node).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const nodeBuiltins = [
  "fs", "fs/promises", "path", "os", "child_process", "crypto", "stream", "zlib", "url", "util", "http", "https",
  "worker_threads", "events", "buffer", "readline", "process",
].flatMap((m) => [m, `node:${m}`]);

// Review programmes are told apart in one place only: their modules under src/core/programmes
// (docs/architecture.md: "Adding a review programme"). Elsewhere no code names a programme's kind or
// built-in scheme, nor reaches into a programme's folder: it asks the registry.
const programmeKinds = "chamber|case";
const programmeBoundary = [
  {
    selector: `BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(${programmeKinds})$/]`,
    message: "No programme branch outside src/core/programmes: ask programmeOf(scheme) instead.",
  },
  {
    selector: `SwitchCase > Literal.test[value=/^(${programmeKinds})$/]`,
    message: "No programme branch outside src/core/programmes: ask programmeOf(scheme) instead.",
  },
  {
    selector: "Literal[value=/^(sihao-2020|chuangxin-2021)$/]",
    message: "A built-in scheme id belongs to its programme module (src/core/programmes).",
  },
];
const programmeInternals = {
  group: ["**/programmes/*/**"],
  message: "A programme's folder is its own: outside src/core/programmes, go through the registry (src/core).",
};

const corePaths = nodeBuiltins.map((name) => ({ name, message: "src/core is pure: no Node APIs." }));
const corePatterns = [
  { group: ["**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/commands/**", "**/cli/**"], message: "Dependencies point inward: src/core imports no adapter." },
  { group: ["react", "react-dom", "@fluentui/*", "office-js", "@microsoft/office-js"], message: "src/core is pure: no Office or DOM." },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**", ".tmp/**", "release/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: corePaths, patterns: [...corePatterns, programmeInternals] }],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "src/core is pure: no Office." },
        { name: "Excel", message: "src/core is pure: no Office." },
        { name: "document", message: "src/core is pure: no DOM." },
        { name: "window", message: "src/core is pure: no DOM." },
        { name: "process", message: "src/core is pure: no Node." },
        { name: "require", message: "src/core is pure: no Node." },
      ],
    },
  },
  {
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/core/programmes/**"],
    rules: { "no-restricted-syntax": ["error", ...programmeBoundary] },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/core/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [programmeInternals] }] },
  },
  {
    // The programmes themselves, the core's composition root (src/core/index.ts) and the tests' helpers (src/core/testing.ts) may see inside.
    files: ["src/core/programmes/**/*.ts", "src/core/index.ts", "src/core/testing.ts"],
    rules: { "no-restricted-imports": ["error", { paths: corePaths, patterns: corePatterns }] },
  },
  {
    // The host interface (src/host) names no host: a web edition implements it as Office.js does.
    files: ["src/host/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: corePaths.map((p) => ({ ...p, message: "src/host is an interface: no Node APIs." })), patterns: [...corePatterns, programmeInternals] }],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "src/host names no host: Office.js lives in src/excel." },
        { name: "Excel", message: "src/host names no host: Office.js lives in src/excel." },
        { name: "OfficeExtension", message: "src/host names no host: Office.js lives in src/excel." },
        { name: "document", message: "src/host is an interface: no DOM." },
        { name: "window", message: "src/host is an interface: no DOM." },
      ],
    },
  },
);
