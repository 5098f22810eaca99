/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // tsconfig.json sets isolatedModules, so ts-jest only transpiles; `tsc --noEmit` type-checks in CI.
    "^.+\\.tsx?$": ["ts-jest", {}],
  },
  testTimeout: 30000,
};
