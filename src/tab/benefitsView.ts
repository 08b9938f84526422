/**
 * What the "My support benefits" tab shows one user: their company's offers,
 * activation status, what its offers include (every benefit program.json
 * declares that the company holds), contracts (incidents used and left) and their own open
 * tickets. Access and Contract IDs come masked; the whole value is included
 * only where maySeeContractSecrets allows (the contract's holder or an admin).
 * The personal tab counts as a 1:1 place: only the signed-in user sees it.
 * Everything shown is worded for the reader's language here (names, dates,
 * ticket ids, topics and statuses); only `activation` and `state` stay codes,
 * which the page looks up in its own strings.
 */
import type { BotServices } from '../bot/botServices.js';
import { isActive } from '../domain/handoff/ticket.js';
import type { ActivationStatus, Language, Person } from '../domain/model.js';
import { maySeeContractSecrets } from '../domain/contractSecrets.js';
import { maskSecret } from '../domain/secrets.js';
import { statusLabel } from '../bot/features/handoff/ticketLabels.js';
import { benefitAmount, benefitName, formatDate, offerName, roleName, topicName } from '../bot/presentation/index.js';

export interface SecretView {
  readonly masked: string;
  /** Present only for a reader the one rule allows (holder or admin). */
  readonly full?: string;
}

export interface ContractView {
  readonly benefit: string;
  readonly total: number | null;
  readonly remaining: number | null;
  readonly used: number | null;
  readonly startDate: string;
  readonly endDate: string;
  readonly state: string;
  readonly accessId: SecretView;
  readonly contractId: SecretView;
}

export interface TicketView {
  /** "PS-1002", as chat and the helpdesk say it. */
  readonly id: string;
  readonly topic: string;
  readonly status: string;
  readonly createdAt: string;
  readonly assignee?: string;
}

/** One benefit the company's offers include: "Microsoft Product Support (on-premises)" → "20 incidents". */
export interface IncludedView {
  readonly label: string;
  readonly value: string;
}

export interface BenefitsView {
  readonly person: { readonly name: string; readonly roles: readonly string[] };
  readonly company: { readonly name: string; readonly offers: readonly string[]; readonly activation: ActivationStatus; readonly activatedAt?: string };
  readonly included: readonly IncludedView[];
  readonly contracts: readonly ContractView[];
  readonly tickets: readonly TicketView[];
}

export async function buildBenefitsView(services: BotServices, person: Person, language: Language): Promise<BenefitsView | undefined> {
  const { repos, program } = services;
  const company = await repos.directory.findCompany(person.tenantId);
  if (!company) return undefined;
  const contracts = await repos.contracts.listByTenant(person.tenantId);
  const standings = services.entitlements.remaining(contracts, services.clock.today());
  const tickets = await repos.tickets.listByRequester(person.tenantId, person.aadObjectId);
  const entitlement = await services.entitlements.forCompany(company);
  const secret = (value: string, visible: boolean): SecretView => (visible ? { masked: maskSecret(value), full: value } : { masked: maskSecret(value) });
  return {
    person: { name: person.name, roles: person.roles.map((role) => roleName(role, language)) },
    company: {
      name: company.name,
      offers: company.offers.map((offer) => offerName(program, offer, language)),
      activation: company.activation.status,
      ...(company.activation.activatedAt ? { activatedAt: formatDate(company.activation.activatedAt, language) } : {}),
    },
    included: entitlement.grants.map((grant) => ({ label: program.benefitName(grant.benefit)[language], value: benefitAmount(program, grant, language) })),
    contracts: contracts.map((contract) => {
      const standing = standings.find((s) => s.id === contract.id);
      const visible = maySeeContractSecrets(person, contract, true, program.rolesThatMayActivate());
      const total = contract.incidentsTotal;
      const remaining = contract.incidentsRemaining;
      return {
        benefit: benefitName(program, contract, language),
        total,
        remaining,
        used: total === null || remaining === null ? null : total - remaining,
        startDate: formatDate(contract.startDate, language),
        endDate: formatDate(contract.endDate, language),
        state: standing?.state ?? 'unknown',
        accessId: secret(contract.accessId, visible),
        contractId: secret(contract.contractId, visible),
      };
    }),
    tickets: tickets.filter(isActive).map((ticket) => ({
      id: ticket.id,
      topic: topicName(ticket.topic, language),
      status: statusLabel(language, ticket.status),
      createdAt: formatDate(ticket.createdAt, language),
      assignee: ticket.assignee?.name,
    })),
  };
}
