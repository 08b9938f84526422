/**
 * The demo's support contracts, CSP customers and Wingtip's pending activation
 * request. Dates are relative to "today" (the day the store is created), so
 * the demo never expires. Access IDs are GUID-like, Contract IDs 10 digits.
 */
import type { Contract, CspCustomer } from '../domain/model.js';
import type { ActivationRequest } from '../domain/repositories.js';
import { demoTenants, wingtipRequestedAt } from './demoDirectory.js';
import { dateAfter } from '../domain/isoDates.js';

export function demoContracts(today: string): Contract[] {
  const contoso = { startDate: dateAfter(today, -120), endDate: dateAfter(today, 245) };
  const northwind = { startDate: dateAfter(today, -200), endDate: dateAfter(today, 165) };
  const linkedAt = (startDate: string): string => `${dateAfter(startDate, 1)}T11:00:00.000Z`;
  return [
    {
      id: 'contract-contoso-product-support',
      tenantId: demoTenants.contoso,
      benefit: 'productSupport',
      incidentsTotal: 20,
      incidentsRemaining: 12,
      ...contoso,
      accessId: '7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12',
      contractId: '3104578821',
      associations: [{ aadObjectId: 'aad-alice', portal: 'supportForBusiness', at: linkedAt(contoso.startDate) }],
    },
    {
      id: 'contract-contoso-signature-cloud',
      tenantId: demoTenants.contoso,
      benefit: 'signatureCloudSupport',
      cloudPackage: 'unlimited',
      incidentsTotal: null,
      incidentsRemaining: null,
      ...contoso,
      accessId: 'C2E81B47-90AF-4D3C-8E15-6B2F0A9D4C73',
      contractId: '3104578822',
      associations: [{ aadObjectId: 'aad-alice', portal: 'azure', at: linkedAt(contoso.startDate) }],
    },
    {
      id: 'contract-northwind-product-support',
      tenantId: demoTenants.northwind,
      benefit: 'productSupport',
      incidentsTotal: 15,
      incidentsRemaining: 3,
      ...northwind,
      accessId: '5D09E6A3-2C71-4F8B-B4D0-E37A1C59F286',
      contractId: '2987310456',
      associations: [{ aadObjectId: 'aad-frank', portal: 'supportForBusiness', at: linkedAt(northwind.startDate) }],
    },
    {
      id: 'contract-northwind-signature-5pack',
      tenantId: demoTenants.northwind,
      benefit: 'signatureCloudSupport',
      cloudPackage: '5pack',
      incidentsTotal: 5,
      incidentsRemaining: 0,
      ...northwind,
      accessId: 'A84F2D10-6E3B-4C97-9A5E-0F71B8C2D4E9',
      contractId: '2987310457',
      associations: [{ aadObjectId: 'aad-frank', portal: 'azure', at: linkedAt(northwind.startDate) }],
    },
  ];
}

export function demoCustomers(): CspCustomer[] {
  const customer = (tenantId: string, slug: string, name: string): CspCustomer => ({
    id: `csp-${tenantId.replace(/^tenant-/, '')}-${slug}`,
    tenantId,
    name,
  });
  return [
    customer(demoTenants.contoso, 'adventure-works', 'Adventure Works'),
    customer(demoTenants.contoso, 'litware', 'Litware'),
    customer(demoTenants.northwind, 'proseware', 'Proseware'),
    customer(demoTenants.northwind, 'adventure-works', 'Adventure Works'),
    customer(demoTenants.wingtip, 'litware', 'Litware'),
    customer(demoTenants.wingtip, 'fourth-coffee', 'Fourth Coffee'),
  ];
}

/** The request behind Wingtip's "pending" activation state. */
export function demoActivationRequests(today: string): ActivationRequest[] {
  return [
    {
      id: 'activation-wingtip-demo',
      tenantId: demoTenants.wingtip,
      requestedBy: 'aad-heidi',
      requestedAt: wingtipRequestedAt(today),
      idempotencyKey: 'demo-seed:tenant-wingtip:activation',
      status: 'pending',
    },
  ];
}
