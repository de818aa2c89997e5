/**
 * Jest runs TypeScript through SWC (TypeScript 7 ships no compiler API for ts-jest); legacy decorators and
 * decorator metadata are on, as type-graphql needs. `npm test` type-checks with tsc first (pretest).
 * globalSetup starts one local Neo4j for the whole run unless NEO4J_URI names a server to use instead.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: {
          target: "es2022",
          parser: { syntax: "typescript", decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
        },
        module: { type: "commonjs" },
      },
    ],
  },
  setupFiles: ["reflect-metadata"],
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  testTimeout: 120000,
};
