import base from './jest.config.js';

// The inner loop: everything except the suites that start processes, drive a
// browser or run long (start-up, crash safety, soak, fuzz, the pages, and the
// language model's held-out accuracy evaluations). `npm test` runs them all.
export default {
  ...base,
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/process/',
    '<rootDir>/test/hardening/',
    '[Pp]age\\.test\\.ts$',
    '[Bb]rowser',
    '[Pp]layground',
    'Accuracy\\.test\\.ts$',
  ],
};
