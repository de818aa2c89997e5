/**
 * Four projects, run together by `npm test` and one at a time with `--selectProjects` (npm run test:unit,
 * npm run test:integration, npx jest --selectProjects cypher):
 * - unit: pure code in test/unit. No Neo4j, no JVM, no build of dist/ or of the web pages, so it runs in
 *   seconds straight from the TypeScript; its global setup only makes the run's scratch folder.
 * - integration: test/integration/*.int.test.ts against the real Neo4j, except the browser and Python tests.
 * - cypher: test/cypher, the query snapshots: the Cypher and parameters each of about thirty operations sends,
 *   recorded from the real executor against the real Neo4j and pinned in test/cypher/__snapshots__, so a query
 *   change shows in the diff. After a deliberate change: `npx jest --selectProjects cypher -u`.
 * - browser-notebook: *.browser.int.test.ts (Debian's Chromium through playwright-core), the notebook (Python in
 *   .venv-notebooks), the Python client (clients/python, in .venv-python-client and a fresh virtualenv) and the
 *   FollowTheMoney tests (the followthemoney package in .venv-ftm); `npm test` checks that Chromium and Python are
 *   installed before anything starts (pretest).
 *
 * integration, cypher and browser-notebook name the same global setup file, and jest runs a global setup file once
 * per run however many projects name it: so one Neo4j serves the whole run, started once, and none starts
 * when only unit tests run.
 *
 * Jest runs TypeScript through SWC (TypeScript 7 ships no compiler API for ts-jest), with legacy decorators
 * and decorator metadata, as type-graphql needs; SWC does not type-check, so `npm test` runs tsc first.
 * @type {import('jest').Config}
 */
const shared = {
  testEnvironment: "node",
  // Only test/ is searched for tests, so jest never crawls dist/, .neo4j/ or the Python virtualenvs.
  roots: ["<rootDir>/test"],
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
};

const browserAndNotebook = [
  "<rootDir>/test/integration/**/*.browser.int.test.ts",
  "<rootDir>/test/integration/notebook.int.test.ts",
  "<rootDir>/test/integration/python-client.int.test.ts",
  "<rootDir>/test/integration/ftm.int.test.ts",
];
const withNeo4j = {
  ...shared,
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
};

module.exports = {
  testTimeout: 120000,
  projects: [
    {
      ...shared,
      displayName: "unit",
      testMatch: ["<rootDir>/test/unit/**/*.test.ts"],
      globalSetup: "<rootDir>/test/support/scratch-setup.ts",
      globalTeardown: "<rootDir>/test/support/scratch-teardown.ts",
    },
    {
      ...withNeo4j,
      displayName: "integration",
      testMatch: ["<rootDir>/test/integration/**/*.int.test.ts"],
      testPathIgnorePatterns: [
        "\\.browser\\.int\\.test\\.ts$",
        "/notebook\\.int\\.test\\.ts$",
        "/python-client\\.int\\.test\\.ts$",
        "/ftm\\.int\\.test\\.ts$",
      ],
    },
    { ...withNeo4j, displayName: "cypher", testMatch: ["<rootDir>/test/cypher/**/*.test.ts"] },
    { ...withNeo4j, displayName: "browser-notebook", testMatch: browserAndNotebook },
  ],
};
