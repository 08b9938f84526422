import { buildDemoData } from '../../../src/storage/demoData.js';
import { businessDaysBetween } from '../../../src/domain/reminders/businessDays.js';
import { remindersDue, type CompanyState } from '../../../src/domain/reminders/reminderRules.js';
import { DEFAULT_THRESHOLDS } from '../../../src/domain/reminders/reminderTypes.js';
import type { Contract } from '../../../src/domain/model.js';

const TODAY = '2026-11-24';
const demo = buildDemoData(TODAY);

function stateOf(tenantId: string, contracts?: Contract[]): CompanyState {
  return {
    company: demo.companies.find((c) => c.tenantId === tenantId)!,
    people: demo.people.filter((p) => p.tenantId === tenantId),
    contracts: contracts ?? demo.contracts.filter((c) => c.tenantId === tenantId),
  };
}

const at = (date: string): Date => new Date(`${date}T09:00:00Z`);

describe('reminders due', () => {
  it('gives Frank (Northwind) one "running low" and one "used up" reminder, nothing else', () => {
    const events = remindersDue(stateOf('tenant-northwind'), at(TODAY), DEFAULT_THRESHOLDS);
    expect(events.map((e) => [e.kind, e.recipient, e.subject.benefit, e.subject.incidentsRemaining])).toEqual([
      ['incidentsLow', 'aad-frank', 'productSupport', 3],
      ['incidentsUsedUp', 'aad-frank', 'signatureCloudSupport', 0],
    ]);
    expect(new Set(events.map((e) => e.key)).size).toBe(2);
    // The contract ID shown is masked.
    expect(events[0]!.subject.contractKey).toMatch(/^••••.{4}$/);
  });

  it('gives Contoso (12 of 20 left, unlimited cloud, 245 days to go) nothing', () => {
    expect(remindersDue(stateOf('tenant-contoso'), at(TODAY), DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it.each([
    [20, 5, undefined],
    [20, 4, 'incidentsLow'], // 20 %
    [100, 21, undefined],
    [100, 20, 'incidentsLow'],
    [15, 3, 'incidentsLow'], // 3 or fewer
    [5, 0, 'incidentsUsedUp'],
  ])('of %i incidents with %i left: %s', (total, left, kind) => {
    const contract = { ...demo.contracts.find((c) => c.id === 'contract-northwind-product-support')!, incidentsTotal: total, incidentsRemaining: left };
    expect(remindersDue(stateOf('tenant-northwind', [contract]), at(TODAY), DEFAULT_THRESHOLDS)[0]?.kind).toBe(kind);
  });

  it('honours settable thresholds', () => {
    const contract = { ...demo.contracts.find((c) => c.id === 'contract-northwind-product-support')!, incidentsTotal: 15, incidentsRemaining: 5 };
    const state = stateOf('tenant-northwind', [contract]);
    expect(remindersDue(state, at(TODAY), DEFAULT_THRESHOLDS)).toEqual([]);
    expect(remindersDue(state, at(TODAY), { ...DEFAULT_THRESHOLDS, lowIncidents: 5 })[0]?.kind).toBe('incidentsLow');
  });

  it('reminds admins 30 days before a contract ends, and once it ended while still linked', () => {
    const contoso = stateOf('tenant-contoso');
    const end = contoso.contracts[0]!.endDate;
    const before = new Date(Date.parse(`${end}T09:00:00Z`) - 31 * 86_400_000);
    expect(remindersDue(contoso, before, DEFAULT_THRESHOLDS)).toEqual([]);
    const within = remindersDue(contoso, new Date(Date.parse(`${end}T09:00:00Z`) - 30 * 86_400_000), DEFAULT_THRESHOLDS);
    expect(within.map((e) => [e.kind, e.recipient, e.subject.daysLeft])).toEqual([
      ['contractEnding', 'aad-alice', 30],
      ['contractEnding', 'aad-bob', 30],
      ['contractEnding', 'aad-alice', 30],
      ['contractEnding', 'aad-bob', 30],
    ]);
    const after = remindersDue(contoso, new Date(Date.parse(`${end}T09:00:00Z`) + 86_400_000), DEFAULT_THRESHOLDS);
    expect(after.map((e) => e.kind)).toEqual(['contractEnded', 'contractEnded', 'contractEnded', 'contractEnded']);
    // A renewed contract (new end date) is a new event.
    const renewed = { ...contoso, contracts: contoso.contracts.map((c) => ({ ...c, endDate: daysLater(end, 1) })) };
    const renewedEvents = remindersDue(renewed, new Date(Date.parse(`${end}T09:00:00Z`) - 10 * 86_400_000), DEFAULT_THRESHOLDS);
    expect(renewedEvents.map((e) => e.key)).not.toEqual(within.map((e) => e.key));
  });

  it('reminds of an ended, still linked contract only as long after its end as before it (the "ending soon" days)', () => {
    const contoso = stateOf('tenant-contoso');
    const end = contoso.contracts[0]!.endDate;
    const afterEnd = (days: number) => new Date(Date.parse(`${end}T09:00:00Z`) + days * 86_400_000);
    expect(remindersDue(contoso, afterEnd(30), DEFAULT_THRESHOLDS).map((e) => e.kind)).toContain('contractEnded');
    expect(remindersDue(contoso, afterEnd(31), DEFAULT_THRESHOLDS)).toEqual([]);
    expect(remindersDue(contoso, afterEnd(31), { ...DEFAULT_THRESHOLDS, endingDays: 60 }).map((e) => e.kind)).toContain('contractEnded');
  });

  it('says until when each event can come due, so its marker is kept that long', () => {
    const northwind = stateOf('tenant-northwind');
    const end = northwind.contracts[0]!.endDate;
    // Incidents running low or used up: until the contract ends.
    expect(remindersDue(northwind, at(TODAY), DEFAULT_THRESHOLDS).map((e) => e.dueUntil)).toEqual([end, end]);
    const ending = remindersDue(northwind, new Date(Date.parse(`${end}T09:00:00Z`) - 10 * 86_400_000), DEFAULT_THRESHOLDS);
    expect(ending.filter((e) => e.kind === 'contractEnding').map((e) => e.dueUntil)).toEqual([end, end]);
    // Ended: until the longest "ending soon" window anyone may set has passed too.
    const ended = remindersDue(northwind, new Date(Date.parse(`${end}T09:00:00Z`) + 86_400_000), DEFAULT_THRESHOLDS);
    expect(ended.map((e) => [e.kind, e.dueUntil])).toEqual([
      ['contractEnded', daysLater(end, 366)],
      ['contractEnded', daysLater(end, 366)],
    ]);
    // A pending activation has no last day.
    expect(remindersDue(stateOf('tenant-wingtip'), at('2026-12-04'), DEFAULT_THRESHOLDS)[0]?.dueUntil).toBeUndefined();
  });

  it('says nothing about an ended contract nobody has linked', () => {
    const contract = { ...demo.contracts.find((c) => c.id === 'contract-contoso-product-support')!, endDate: '2026-01-01', associations: [] };
    expect(remindersDue(stateOf('tenant-contoso', [contract]), at(TODAY), DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it('reminds Heidi (Wingtip) when activation has been pending more than 5 business days', () => {
    const wingtip = stateOf('tenant-wingtip');
    expect(remindersDue(wingtip, at(TODAY), DEFAULT_THRESHOLDS)).toEqual([]); // requested 2 days ago
    const events = remindersDue(wingtip, at('2026-12-04'), DEFAULT_THRESHOLDS);
    expect(events.map((e) => [e.kind, e.recipient])).toEqual([['activationPending', 'aad-heidi']]);
  });
});

describe('business days', () => {
  it.each([
    ['2026-11-20T10:00:00Z', '2026-11-23T09:00:00Z', 1], // Friday → Monday
    ['2026-11-20T10:00:00Z', '2026-11-27T09:00:00Z', 5],
    ['2026-11-20T10:00:00Z', '2026-11-30T09:00:00Z', 6],
    ['2026-11-23T10:00:00Z', '2026-11-22T09:00:00Z', 0],
  ])('business days from %s to %s: %i', (from, to, days) => {
    expect(businessDaysBetween(new Date(from), new Date(to))).toBe(days);
  });
});

function daysLater(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
