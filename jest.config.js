/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // tsconfig.json sets isolatedModules, so ts-jest only transpiles; `tsc --noEmit` type-checks in CI.
    // CommonJS out, as the CLI's build: a lazy `import()` (the scheme checker, the pane's lazy parts) becomes a require jest can load.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node10" } }],
  },
  // Such an import names the .js file Node will load (tsconfig's node16 rules); here the .ts beside it is loaded.
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  // Generous: the pane suites render Fluent UI in jsdom and drive the local Excel host; a loaded 2-core CI box needs the room.
  testTimeout: 90000,
};
