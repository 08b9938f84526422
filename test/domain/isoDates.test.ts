/** Dates written yyyy-mm-dd: which are real, and calendar arithmetic on them that ignores the host's time zone. */
import { assertIsoDate, dateAfter, daysUntil, isIsoDate } from '../../src/domain/isoDates.js';

it.each([
  ['2026-11-24', true],
  ['2028-02-29', true], // leap day
  ['2026-02-29', false],
  ['2026-02-30', false],
  ['2026-13-01', false],
  ['2026-1-5', false],
  ['2026-01', false],
  ['24/11/2026', false],
  ['', false],
])('%j is a real ISO date: %s', (value, real) => {
  expect(isIsoDate(value)).toBe(real);
});

it('refuses anything but a real ISO date, quoting it', () => {
  expect(() => assertIsoDate('2026-11-24')).not.toThrow();
  expect(() => assertIsoDate('15/06/2025')).toThrow(/expected an ISO date yyyy-mm-dd, got "15\/06\/2025"/);
  expect(() => assertIsoDate('2026-02-30')).toThrow(RangeError);
});

it.each([
  ['2026-11-24', 30, '2026-12-24'],
  ['2026-11-24', -120, '2026-07-27'],
  ['2026-12-31', 1, '2027-01-01'],
  ['2028-02-28', 1, '2028-02-29'],
  ['2026-03-28', 2, '2026-03-30'], // across a daylight-saving change in many zones: still whole days
  ['2026-11-24', 0, '2026-11-24'],
])('%s plus %i days is %s', (date, days, expected) => {
  expect(dateAfter(date, days)).toBe(expected);
});

it('refuses to count from something that is not a date', () => {
  expect(() => dateAfter('next tuesday', 1)).toThrow(/expected an ISO date yyyy-mm-dd, got "next tuesday"/);
});

it('counts calendar days to a date, negative when it is past', () => {
  expect(daysUntil('2026-11-24', '2026-12-24')).toBe(30);
  expect(daysUntil('2026-11-24', '2026-11-23')).toBe(-1);
  expect(daysUntil('2026-11-24', dateAfter('2026-11-24', 365))).toBe(365);
});
