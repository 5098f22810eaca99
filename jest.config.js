/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // tsconfig.json sets isolatedModules, so ts-jest only transpiles; `tsc --noEmit` type-checks in CI.
    // CommonJS output, so that the pane's `import()` of a lazily loaded part becomes a require (Node's
    // own dynamic import needs --experimental-vm-modules under jest).
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node10" } }],
  },
  // `import("./part.js")` names the file as Node would (TypeScript wants the extension there): find the .ts/.tsx.
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  // Generous: the pane suites render Fluent UI in jsdom and drive the local Excel host; a loaded 2-core CI box needs the room.
  testTimeout: 90000,
};
