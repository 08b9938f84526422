import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { ActivationRequest, ActivationRequestRepository } from '../domain/repositories.js';
import { copyOf, upsertBy } from './companyData.js';
import type { CompanyDataSource } from './companyDataSource.js';
import type { TenantSet } from './tenantSet.js';

/** Companies read in a row before the pending list lets other work run. */
const YIELD_EVERY = 16;

/**
 * `pendingTenants` indexes the companies that may have a pending request: a
 * tenant is added before its company file is written and removed only after
 * its last pending request is decided, so a crash can leave an extra entry
 * (re-checked on read) but never lose a pending request.
 */
export function createActivationRequestRepository(source: CompanyDataSource, pendingTenants: TenantSet): ActivationRequestRepository {
  const forgetIfNonePending = async (tenantId: string): Promise<void> => {
    const { activationRequests } = await source.read(tenantId);
    if (!activationRequests.some((r) => r.status === 'pending')) await pendingTenants.remove(tenantId);
  };
  return {
    /**
     * Idempotency keys are scoped to the request's company. The lookup and the
     * insert run in one update under the company's lock, so concurrent
     * identical calls store exactly one request and all get that one back.
     */
    async createOnce(request: ActivationRequest, options: { readonly markCompanyPending?: boolean } = {}): Promise<{ request: ActivationRequest; created: boolean }> {
      const candidate = copyOf(request);
      if (candidate.status === 'pending') await pendingTenants.add(candidate.tenantId);
      const outcome = await source.update(request.tenantId, (draft) => {
        const existing = draft.activationRequests.find((r) => r.idempotencyKey === candidate.idempotencyKey);
        const stored = existing ?? candidate;
        if (!existing) draft.activationRequests.push(candidate);
        const company = draft.company;
        const markPending = options.markCompanyPending === true && company !== null && company.activation.status !== 'pending';
        if (markPending) draft.company = { ...company, activation: { status: 'pending', requestedBy: stored.requestedBy, requestedAt: stored.requestedAt } };
        return { result: { request: stored, created: !existing }, changed: !existing || markPending };
      });
      return { request: copyOf(outcome.request), created: outcome.created };
    },

    async find(tenantId: string, id: string): Promise<ActivationRequest | undefined> {
      const { activationRequests } = await source.read(tenantId);
      const found = activationRequests.find((r) => r.id === id);
      return found && copyOf(found);
    },

    async listByTenant(tenantId: string): Promise<ActivationRequest[]> {
      return copyOf((await source.read(tenantId)).activationRequests);
    },

    async listPending(): Promise<ActivationRequest[]> {
      const perTenant: ActivationRequest[][] = [];
      const tenants = await pendingTenants.list();
      for (const [index, tenantId] of tenants.entries()) {
        // A cold company read is synchronous: thousands in a row would hold the event loop while turns wait.
        if (index % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
        perTenant.push((await source.read(tenantId)).activationRequests.filter((r) => r.status === 'pending'));
      }
      return copyOf(perTenant.flat()).sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
    },

    async save(request: ActivationRequest): Promise<void> {
      const stored = copyOf(request);
      if (stored.status === 'pending') await pendingTenants.add(stored.tenantId);
      await source.update(request.tenantId, (draft) => {
        upsertBy(draft.activationRequests, stored, (a, b) => a.id === b.id);
        return { result: undefined, changed: true };
      });
      if (stored.status !== 'pending') await forgetIfNonePending(stored.tenantId);
    },
  };
}
