/**
 * Finishing a request, whoever decides it (a helpdesk agent, the demo timer):
 * approve → contracts created, company activated, request approved, requester
 * told; reject → request rejected with a reason, company back to "not
 * activated", requester told. Deciding a decided request changes nothing.
 */
import type { Clock } from '../clock.js';
import type { Contract } from '../model.js';
import type { ActivationRequest, Repositories } from '../repositories.js';
import { buildContracts } from './activationContracts.js';
import type { ActivationService } from './activationService.js';
import { deciderId, type Decider, type DecisionResult, type EnteredIds } from './activationTypes.js';
import type { IdSource } from './contractIds.js';

/** Tells the requester the outcome; false when they cannot be reached. */
export interface ActivationNotifier {
  decided(request: ActivationRequest, contracts: readonly Contract[]): Promise<boolean>;
}

export const MAX_REASON_LENGTH = 500;

export class ActivationCompletion {
  constructor(
    private readonly service: ActivationService,
    private readonly repos: Pick<Repositories, 'directory' | 'contracts' | 'activationRequests' | 'locks'>,
    private readonly notifier: ActivationNotifier,
    private readonly ids: IdSource,
    private readonly clock: Clock,
  ) {}

  approve(tenantId: string, requestId: string, decider: Decider, entered: EnteredIds = {}): Promise<DecisionResult> {
    return this.decide(tenantId, requestId, async (request) => {
      const company = await this.repos.directory.findCompany(tenantId);
      if (!company) return { ok: false, problem: 'notFound' };
      // Seeded requests predate the stored benefits: derive them now.
      const benefits = request.benefits ?? (await this.service.plan(company)).benefits;
      const built = buildContracts(request, benefits, entered, this.ids, this.clock.today());
      if (!built.ok) return { ok: false, problem: 'invalidIds', field: built.field };
      // Contracts first, the request's status last: until it says "approved" a retry redoes everything.
      for (const contract of built.contracts) await this.repos.contracts.save(contract);
      const now = this.clock.now().toISOString();
      await this.repos.directory.saveCompany({
        ...company,
        activation: { status: 'activated', requestedBy: request.requestedBy, requestedAt: request.requestedAt, activatedAt: now },
      });
      const approved: ActivationRequest = { ...request, benefits, status: 'approved', decidedBy: deciderId(decider), decidedAt: now };
      await this.repos.activationRequests.save(approved);
      return { ok: true, request: approved, contracts: built.contracts, changed: true };
    });
  }

  reject(tenantId: string, requestId: string, decider: Decider, reason: string): Promise<DecisionResult> {
    const trimmed = reason.trim().slice(0, MAX_REASON_LENGTH);
    if (trimmed === '') return Promise.resolve({ ok: false, problem: 'invalidIds', field: 'reason' });
    return this.decide(tenantId, requestId, async (request) => {
      const company = await this.repos.directory.findCompany(tenantId);
      if (!company) return { ok: false, problem: 'notFound' };
      const now = this.clock.now().toISOString();
      await this.repos.directory.saveCompany({ ...company, activation: { status: 'notActivated' } });
      const rejected: ActivationRequest = { ...request, status: 'rejected', decidedBy: deciderId(decider), decidedAt: now, reason: trimmed };
      await this.repos.activationRequests.save(rejected);
      return { ok: true, request: rejected, contracts: [], changed: true };
    });
  }

  /** The contracts an approved request created (for re-showing a decided card). */
  async contractsOf(request: ActivationRequest): Promise<Contract[]> {
    const all = await this.repos.contracts.listByTenant(request.tenantId);
    return all.filter((c) => c.id.startsWith(`${request.id}-`));
  }

  private decide(
    tenantId: string,
    requestId: string,
    change: (request: ActivationRequest) => Promise<DecisionResult>,
  ): Promise<DecisionResult> {
    // Held across replicas: an agent on one and the demo timer on another must not both decide.
    return this.repos.locks.run(`activation:${tenantId}|${requestId}`, async () => {
      const request = await this.repos.activationRequests.find(tenantId, requestId);
      if (!request) return { ok: false, problem: 'notFound' };
      if (request.status !== 'pending') return { ok: true, request, contracts: await this.contractsOf(request), changed: false };
      const result = await change(request);
      if (!result.ok) return result;
      // The decision stands even if the message cannot be delivered; the status question still answers it.
      const notified = await this.notifier.decided(result.request, result.contracts).catch(() => false);
      return { ...result, notified };
    });
  }
}
