/** The day every conversation test runs on (fixed clocks), so contract standings never drift. */
export const TEST_TODAY = '2026-11-24';
