/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // tsconfig.json sets isolatedModules, so ts-jest only transpiles; `tsc --noEmit` type-checks in CI.
    "^.+\\.tsx?$": ["ts-jest", {}],
  },
  // Generous: the pane suites render Fluent UI in jsdom and drive the local Excel host; a loaded 2-core CI box needs the room.
  testTimeout: 90000,
};
