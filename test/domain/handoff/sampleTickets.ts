/** Small valid tickets and people for hand-off tests; override what a test cares about. */
import { newTicket } from '../../../src/domain/handoff/newTicket.js';
import type { NewTicket, Ticket } from '../../../src/domain/handoff/ticket.js';
import type { Company, Contract, Person } from '../../../src/domain/model.js';

export const dave: Person = { aadObjectId: 'aad-dave', tenantId: 'tenant-contoso', name: 'Dave Ito', roles: [], association: { mpn: true, csp: false } };
export const ivan: Person = { aadObjectId: 'aad-ivan', tenantId: 'tenant-helpdesk', name: 'Ivan Petrov', roles: ['helpdeskAgent'], association: { mpn: false, csp: false } };
export const judy: Person = { ...ivan, aadObjectId: 'aad-judy', name: 'Judy Agent' };
export const contoso: Company = { tenantId: 'tenant-contoso', name: 'Contoso Ltd', offers: [{ level: 'gold', competency: 'cloudPlatform' }], csp: true, activation: { status: 'activated' } };
export const contosoContract: Contract = {
  id: 'c-1',
  tenantId: 'tenant-contoso',
  benefit: 'productSupport',
  incidentsTotal: 20,
  incidentsRemaining: 12,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  accessId: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
  contractId: '1234567890',
  associations: [],
};

export function aNewTicket(overrides: Partial<NewTicket> = {}): NewTicket {
  const base = newTicket({
    person: dave,
    company: contoso,
    contracts: [contosoContract],
    language: 'en',
    topic: 'linkContract',
    question: 'Linking fails with contract 1234567890',
    transcript: [
      { from: 'user', text: 'how do I link contract 1234567890?', at: '2026-11-24T09:00:00.000Z' },
      { from: 'bot', text: 'Open the Azure portal…', at: '2026-11-24T09:00:01.000Z' },
    ],
    mode: 'channel',
    at: '2026-11-24T09:01:00.000Z',
  });
  return { ...base, ...overrides };
}

export function aTicket(overrides: Partial<Ticket> = {}): Ticket {
  return { ...aNewTicket(), id: 'PS-1001', number: 1001, ...overrides };
}
