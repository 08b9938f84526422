/**
 * Decides the activation checks (through the "activation" rules), derives what
 * an activation gives, and stores a pending request exactly once per round:
 * all clicks, replays and concurrent submits of one company before a decision
 * share one idempotency key, so the store keeps one request.
 */
import type { Clock } from '../clock.js';
import type { EntitlementService } from '../entitlement/entitlementService.js';
import type { ProgramData } from '../entitlement/programData.js';
import type { Company, Language, Person, Requester } from '../model.js';
import type { ActivationRequest, Repositories } from '../repositories.js';
import type { RuleEngine } from '../ruleEngine/index.js';
import { planFrom } from './activationPlan.js';
import { ACTIVATION_RULE_SET, activationFacts, checkActivationRules, checkFrom } from './activationRules.js';
import type { ActivationCheck, ActivationPlan, RequestResult } from './activationTypes.js';

/** Requests the bot stores start with this; seeded or imported ones do not. */
export const BOT_REQUEST_KEY_PREFIX = 'activation:';

export interface ActivationServiceDeps {
  readonly rules: RuleEngine;
  readonly program: ProgramData;
  readonly entitlements: EntitlementService;
  readonly repos: Pick<Repositories, 'directory' | 'activationRequests'>;
  readonly clock: Clock;
}

export class ActivationService {
  private constructor(private readonly deps: ActivationServiceDeps) {}

  /** Checks activation.json's events once, so a broken file stops start-up. */
  static create(deps: ActivationServiceDeps): ActivationService {
    checkActivationRules(deps.rules.catalog);
    return new ActivationService(deps);
  }

  async check(requester: Requester): Promise<ActivationCheck> {
    const decision = await this.deps.rules.evaluate(ACTIVATION_RULE_SET, activationFacts(requester, this.deps.program));
    return checkFrom(decision);
  }

  async plan(company: Company): Promise<ActivationPlan> {
    return planFrom(await this.deps.entitlements.forCompany(company));
  }

  /** The people who may activate for a company, in directory order. */
  async admins(tenantId: string): Promise<Person[]> {
    const people = await this.deps.repos.directory.listPeople(tenantId);
    return people.filter((p) => this.deps.program.mayActivate(p.roles));
  }

  /** Re-checks on the server, then stores (or finds) this round's pending request. */
  async request(requester: Requester, language: Language): Promise<RequestResult> {
    const check = await this.check(requester);
    if (check.outcome !== 'mayActivate' || !requester.known) return { ok: false, check };
    const { person, company } = requester;
    const { activationRequests, directory } = this.deps.repos;
    const decided = (await activationRequests.listByTenant(company.tenantId)).filter((r) => r.status !== 'pending').length;
    const plan = await this.plan(company);
    const candidate: ActivationRequest = {
      id: `activation-${crypto.randomUUID()}`,
      tenantId: company.tenantId,
      requestedBy: person.aadObjectId,
      requestedAt: this.deps.clock.now().toISOString(),
      idempotencyKey: `${BOT_REQUEST_KEY_PREFIX}${company.tenantId}:round-${decided + 1}`,
      status: 'pending',
      benefits: plan.benefits,
      language,
    };
    // One write stores the request and marks the company pending, so the two never disagree.
    const { request, created } = await activationRequests.createOnce(candidate, { markCompanyPending: true });
    const current = (await directory.findCompany(company.tenantId)) ?? company;
    return { ok: true, request, created, company: current };
  }

  /** The company's most recent request, if any. */
  async latest(tenantId: string): Promise<ActivationRequest | undefined> {
    const requests = await this.deps.repos.activationRequests.listByTenant(tenantId);
    return requests.sort((a, b) => a.requestedAt.localeCompare(b.requestedAt)).at(-1);
  }

  /** Every pending request in the store, oldest first (start-up scans, the helpdesk queue). */
  async pendingRequests(): Promise<ActivationRequest[]> {
    return this.deps.repos.activationRequests.listPending();
  }
}
