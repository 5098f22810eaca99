// ESLint flat config: TypeScript rules everywhere, Office add-in rules on Excel code,
// and a wall around src/core (pure: no Office, DOM or Node).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const nodeBuiltins = [
  "fs", "fs/promises", "path", "os", "child_process", "crypto", "stream", "zlib", "url", "util", "http", "https",
  "worker_threads", "events", "buffer", "readline", "process",
].flatMap((m) => [m, `node:${m}`]);

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
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({ name, message: "src/core is pure: no Node APIs." })),
          patterns: [
            { group: ["**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/commands/**", "**/cli/**"], message: "Dependencies point inward: src/core imports no adapter." },
            { group: ["react", "react-dom", "@fluentui/*", "office-js", "@microsoft/office-js"], message: "src/core is pure: no Office or DOM." },
          ],
        },
      ],
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
);
