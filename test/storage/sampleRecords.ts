/** Small valid records for storage tests; override what a test cares about. */
import type { Company, Contract, CspCustomer, Person } from '../../src/domain/model.js';
import type { ActivationRequest } from '../../src/domain/repositories.js';

export function aCompany(overrides: Partial<Company> = {}): Company {
  return { tenantId: 'tenant-a', name: 'Company A', offers: [{ level: 'gold', competency: 'security' }], csp: false, activation: { status: 'notActivated' }, ...overrides };
}

export function aPerson(overrides: Partial<Person> = {}): Person {
  return { aadObjectId: 'aad-1', tenantId: 'tenant-a', name: 'Person One', roles: ['globalAdmin'], association: { mpn: true, csp: false }, ...overrides };
}

export function aContract(overrides: Partial<Contract> = {}): Contract {
  return {
    id: 'contract-1',
    tenantId: 'tenant-a',
    benefit: 'productSupport',
    incidentsTotal: 10,
    incidentsRemaining: 4,
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    accessId: 'ACCESS-1',
    contractId: '1000000001',
    associations: [],
    ...overrides,
  };
}

export function aCustomer(overrides: Partial<CspCustomer> = {}): CspCustomer {
  return { id: 'customer-1', tenantId: 'tenant-a', name: 'Customer One', ...overrides };
}

export function anActivationRequest(overrides: Partial<ActivationRequest> = {}): ActivationRequest {
  return { id: 'request-1', tenantId: 'tenant-a', requestedBy: 'aad-1', requestedAt: '2025-03-01T10:00:00.000Z', idempotencyKey: 'key-1', status: 'pending', ...overrides };
}
