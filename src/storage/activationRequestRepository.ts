import type { ActivationRequest, ActivationRequestRepository } from '../domain/repositories.js';
import { copyOf, upsertBy } from './companyData.js';
import type { CompanyDataSource } from './companyDataSource.js';

export function createActivationRequestRepository(source: CompanyDataSource): ActivationRequestRepository {
  return {
    /**
     * Idempotency keys are scoped to the request's company. The lookup and the
     * insert run in one update under the company's lock, so concurrent
     * identical calls store exactly one request and all get that one back.
     */
    async createOnce(request: ActivationRequest): Promise<{ request: ActivationRequest; created: boolean }> {
      const candidate = copyOf(request);
      const outcome = await source.update(request.tenantId, (draft) => {
        const existing = draft.activationRequests.find((r) => r.idempotencyKey === candidate.idempotencyKey);
        if (existing) return { result: { request: existing, created: false }, changed: false };
        draft.activationRequests.push(candidate);
        return { result: { request: candidate, created: true }, changed: true };
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

    async save(request: ActivationRequest): Promise<void> {
      const stored = copyOf(request);
      await source.update(request.tenantId, (draft) => {
        upsertBy(draft.activationRequests, stored, (a, b) => a.id === b.id);
        return { result: undefined, changed: true };
      });
    },
  };
}
