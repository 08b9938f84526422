import { oneYearEnd, parseAccessId, parseContractId, randomIds } from '../../../src/domain/activation/index.js';

it.each([
  ['2026-11-24', '2027-11-23'],
  ['2024-02-29', '2025-02-28'],
  ['2026-01-01', '2026-12-31'],
])('a term starting %s ends on %s', (start, end) => {
  expect(oneYearEnd(start)).toBe(end);
});

it('generated ids have the program\'s formats', () => {
  for (let i = 0; i < 100; i++) {
    expect(parseAccessId(randomIds.accessId())).toBeDefined();
    expect(parseContractId(randomIds.contractId())).toBeDefined();
  }
});

it.each([
  ['7f3a9c21-4b8d-4e6f-a1c2-9d0e5b7f3a12', '7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12'],
  ['7F3A9C21-4B8D-4E6F-A1C2', undefined],
  ['', undefined],
])('Access ID %j → %j', (typed, expected) => {
  expect(parseAccessId(typed)).toBe(expected);
});

it.each([
  ['3104578821', '3104578821'],
  ['310457882', undefined],
  ['31045788212', undefined],
  ['31045788a1', undefined],
])('Contract ID %j → %j', (typed, expected) => {
  expect(parseContractId(typed)).toBe(expected);
});
