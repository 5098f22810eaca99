// The dependency rule of src/ (docs/architecture.md), checked by dependency-cruiser in
// `npm run lint` (scripts/depcruise.mjs runs it through the library's API, so it runs on
// every Node the project supports). Type-only imports count: a type borrowed from a higher
// layer ties the layers as surely as a call does.
/** @type {import('dependency-cruiser').IConfiguration} */
const ADAPTERS = "^src/(xlsx|excel|host|taskpane|cli|commands)/";

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No import circle anywhere in src/, type-only imports included.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    // ── src/core: pure, and layered ──────────────────────────────────────────────────────
    {
      name: "core-imports-only-core",
      severity: "error",
      comment: "src/core imports nothing outside itself: no adapter, no Node, no DOM, no Office (package.json gives the version).",
      from: { path: "^src/core/" },
      to: { pathNot: ["^src/core/", "^package\\.json$", "^node_modules/zod/"] },
    },
    {
      name: "kernel-is-the-bottom",
      severity: "error",
      comment: "The kernel and the words (src/core/strings) import only each other.",
      from: { path: "^src/core/(kernel|strings)/" },
      to: { path: "^src/core/", pathNot: "^src/core/(kernel|strings)/" },
    },
    {
      name: "contract-above-kernel",
      severity: "error",
      comment: "The programme contract imports the kernel and the words only.",
      from: { path: "^src/core/contract/" },
      to: { path: "^src/core/", pathNot: "^src/core/(kernel|strings|contract)/" },
    },
    {
      name: "programme-sees-kernel-and-contract",
      severity: "error",
      comment: "A programme imports the kernel, the words, the contract and its own folder: never the engine, the root or another programme.",
      from: { path: "^src/core/programmes/([^/]+)/" },
      to: { path: "^src/core/", pathNot: ["^src/core/(kernel|strings|contract)/", "^src/core/programmes/$1/"] },
    },
    {
      name: "engine-never-names-a-programme",
      severity: "error",
      comment: "The engine asks the registry (src/core/contract); it imports no programme, nor the composition root.",
      from: { path: "^src/core/engine/" },
      to: { path: "^src/core/", pathNot: "^src/core/(kernel|strings|contract|engine)/" },
    },
    {
      name: "core-files-in-a-layer",
      severity: "error",
      comment: "Every file of src/core is in a layer's folder; only the composition root (index.ts) and testing.ts stand at the top.",
      from: { path: "^src/core/[^/]+$", pathNot: "^src/core/(index|testing)\\.ts$" },
      to: {},
    },
    {
      name: "testing-is-for-tests",
      severity: "error",
      comment: "src/core/testing.ts serves test/, bench/, scripts/ and tools/; nothing in src/ imports it.",
      from: { path: "^src/" },
      to: { path: "^src/core/testing\\.ts$" },
    },
    // ── the adapters ─────────────────────────────────────────────────────────────────────
    {
      name: "adapters-use-the-public-core",
      severity: "error",
      comment: "An adapter imports the core's public API (src/core/index.ts) and nothing deeper.",
      from: { path: ADAPTERS },
      to: { path: "^src/core/", pathNot: "^src/core/index\\.ts$" },
    },
    {
      name: "host-interface-stands-alone",
      severity: "error",
      comment: "src/host is the workbook interface a pane talks to: it imports the core only, never a host's implementation.",
      from: { path: "^src/host/" },
      to: { path: "^src/", pathNot: ["^src/host/", "^src/core/index\\.ts$"] },
    },
    {
      name: "pane-knows-office-at-one-place",
      severity: "error",
      comment: "The pane and the ribbon commands talk to src/host; only the pane's entry (taskpane/gateway.ts) constructs the Office.js host.",
      from: { path: "^src/(taskpane|commands)/", pathNot: "^src/taskpane/gateway\\.ts$" },
      to: { path: "^src/excel/" },
    },
    {
      name: "file-adapter-alone",
      severity: "error",
      comment: "The .xlsx file adapter (src/xlsx) depends on the core only.",
      from: { path: "^src/xlsx/" },
      to: { path: "^src/", pathNot: ["^src/xlsx/", "^src/core/"] },
    },
    {
      name: "office-adapter-alone",
      severity: "error",
      comment: "The Office.js adapter (src/excel) depends on the core and implements src/host; it knows no pane, CLI or file adapter.",
      from: { path: "^src/excel/" },
      to: { path: "^src/", pathNot: ["^src/excel/", "^src/core/", "^src/host/"] },
    },
    {
      name: "cli-alone",
      severity: "error",
      comment: "The command line uses the core and the file adapter; it knows no Office.",
      from: { path: "^src/cli/" },
      to: { path: "^src/", pathNot: ["^src/cli/", "^src/core/", "^src/xlsx/"] },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      comment: "Every import in src/ resolves.",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".json"], exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
    reporterOptions: {
      mermaid: { minify: false },
    },
  },
};
