/**
 * The demo's companies and people (the demo directory), so every
 * flow can be tried on a fresh clone. Ids here are what tests and tools send
 * as `from.aadObjectId` and tenant id.
 */
import type { AccountAssociation, Company, Person, Role } from '../domain/model.js';
import { dateAfter } from '../domain/isoDates.js';

const mpnAndCsp: AccountAssociation = { mpn: true, csp: true };
const mpnOnly: AccountAssociation = { mpn: true, csp: false };
const cspOnly: AccountAssociation = { mpn: false, csp: true };
const neither: AccountAssociation = { mpn: false, csp: false };

export const demoTenants = {
  contoso: 'tenant-contoso',
  fabrikam: 'tenant-fabrikam',
  northwind: 'tenant-northwind',
  tailspin: 'tenant-tailspin',
  wingtip: 'tenant-wingtip',
  helpdesk: 'tenant-helpdesk',
} as const;

/** When Heidi asked Wingtip's activation: two days before "today". */
export function wingtipRequestedAt(today: string): string {
  return `${dateAfter(today, -2)}T09:30:00.000Z`;
}

export function demoCompanies(today: string): Company[] {
  const activatedOn = (daysAgo: number): string => `${dateAfter(today, -daysAgo)}T10:00:00.000Z`;
  return [
    {
      tenantId: demoTenants.contoso,
      name: 'Contoso Ltd',
      offers: [
        { level: 'gold', competency: 'cloudPlatform' },
        { level: 'silver', competency: 'dataAnalytics' },
      ],
      csp: true,
      activation: { status: 'activated', requestedBy: 'aad-alice', requestedAt: activatedOn(121), activatedAt: activatedOn(120) },
    },
    {
      tenantId: demoTenants.fabrikam,
      name: 'Fabrikam Inc',
      offers: [{ level: 'actionPack' }],
      csp: false,
      activation: { status: 'notActivated' },
    },
    {
      tenantId: demoTenants.northwind,
      name: 'Northwind Traders',
      offers: [{ level: 'silver', competency: 'applicationDevelopment' }],
      csp: true,
      activation: { status: 'activated', requestedBy: 'aad-frank', requestedAt: activatedOn(201), activatedAt: activatedOn(200) },
    },
    { tenantId: demoTenants.tailspin, name: 'Tailspin Toys', offers: [], csp: false, activation: { status: 'notActivated' } },
    {
      tenantId: demoTenants.wingtip,
      name: 'Wingtip Partners',
      offers: [{ level: 'gold', competency: 'security' }],
      csp: true,
      activation: { status: 'pending', requestedBy: 'aad-heidi', requestedAt: wingtipRequestedAt(today) },
    },
    // The helpdesk's own tenant, so its agents are "known" users.
    { tenantId: demoTenants.helpdesk, name: 'Partner Support Helpdesk', offers: [], csp: false, activation: { status: 'notActivated' } },
  ];
}

function person(aadObjectId: string, tenantId: string, name: string, roles: Role[], association: AccountAssociation): Person {
  return { aadObjectId, tenantId, name, roles, association };
}

export function demoPeople(): Person[] {
  const t = demoTenants;
  return [
    person('aad-alice', t.contoso, 'Alice Chen', ['globalAdmin'], mpnAndCsp),
    person('aad-bob', t.contoso, 'Bob Kato', ['mpnPartnerAdmin'], mpnOnly),
    person('aad-carol', t.contoso, 'Carol Díaz', ['adminAgent'], cspOnly),
    person('aad-dave', t.contoso, 'Dave Ito', [], mpnOnly),
    person('aad-erin', t.fabrikam, 'Erin Sato', ['mpnPartnerAdmin'], mpnOnly),
    person('aad-frank', t.northwind, 'Frank Müller', ['globalAdmin'], mpnAndCsp),
    person('aad-grace', t.tailspin, 'Grace Park', ['globalAdmin'], mpnOnly),
    person('aad-heidi', t.wingtip, 'Heidi Nakamura', ['mpnPartnerAdmin'], mpnOnly),
    person('aad-ivan', t.helpdesk, 'Ivan Petrov', ['helpdeskAgent'], neither),
  ];
}
