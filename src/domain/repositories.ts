/**
 * The storage seams the domain depends on. src/storage implements each with
 * lowdb (the product) and in memory (unit tests); both pass the same contract
 * suite in test/storage. Expected absence is `undefined`, never an exception.
 */
import type { TicketRepository } from './handoff/ticketRepository.js';
import type { UnansweredQuestionRepository } from './insights/unansweredQuestion.js';
import type { EventMarkerRepository } from './markers/eventMarker.js';
import type { ReminderPreferenceRepository } from './reminders/reminderTypes.js';
import type { BenefitKind, CloudPackage, Company, Contract, CspCustomer, Language, Person } from './model.js';
import type { ConversationContextRepository, ProcessedActivityLog, SharedLocks } from './sharedState.js';

export interface DirectoryRepository {
  findCompany(tenantId: string): Promise<Company | undefined>;
  findPerson(tenantId: string, aadObjectId: string): Promise<Person | undefined>;
  listPeople(tenantId: string): Promise<Person[]>;
  /** Every tenant with stored data, for background scans (reminders). */
  listTenantIds(): Promise<string[]>;
  saveCompany(company: Company): Promise<void>;
  savePerson(person: Person): Promise<void>;
  /** Removing someone who is not there is not an error (imports converge by re-running). */
  removePerson(tenantId: string, aadObjectId: string): Promise<void>;
}

export interface ContractRepository {
  listByTenant(tenantId: string): Promise<Contract[]>;
  /** Looks only inside one company: a contract of another company is "not found". */
  findByIds(tenantId: string, accessId: string, contractId: string): Promise<Contract | undefined>;
  save(contract: Contract): Promise<void>;
  /** By store key; absent is not an error. */
  remove(tenantId: string, id: string): Promise<void>;
}

export interface CustomerRepository {
  listByTenant(tenantId: string): Promise<CspCustomer[]>;
  save(customer: CspCustomer): Promise<void>;
  /** By customer id; absent is not an error. */
  remove(tenantId: string, id: string): Promise<void>;
}

export type ActivationRequestStatus = 'pending' | 'approved' | 'rejected';

/** A benefit as the rules derived it when the request was made. */
export interface RequestedBenefit {
  readonly benefit: BenefitKind;
  /** null = unlimited. */
  readonly incidents: number | null;
  readonly cloudPackage?: CloudPackage;
}

export interface ActivationRequest {
  readonly id: string;
  readonly tenantId: string;
  readonly requestedBy: string;
  readonly requestedAt: string;
  /** Same key = same request: double clicks and replays create nothing new. */
  readonly idempotencyKey: string;
  readonly status: ActivationRequestStatus;
  readonly decidedBy?: string;
  readonly decidedAt?: string;
  readonly reason?: string;
  /** What was asked for (absent on requests made before the bot recorded it). */
  readonly benefits?: readonly RequestedBenefit[];
  /** The requester's language, for the completion message. */
  readonly language?: Language;
}

export interface ActivationRequestRepository {
  /**
   * Stores `request` unless one with its idempotency key exists; returns the
   * stored one. With `markCompanyPending`, the same write marks the company's
   * activation pending (by the stored request's requester and time), so a
   * crash can never leave a pending request beside a "not activated" company.
   */
  createOnce(request: ActivationRequest, options?: { readonly markCompanyPending?: boolean }): Promise<{ request: ActivationRequest; created: boolean }>;
  find(tenantId: string, id: string): Promise<ActivationRequest | undefined>;
  listByTenant(tenantId: string): Promise<ActivationRequest[]>;
  /** Every pending request of every company, oldest first, without reading every company. */
  listPending(): Promise<ActivationRequest[]>;
  save(request: ActivationRequest): Promise<void>;
}

/** An opaque, JSON-serialisable Bot Framework conversation reference. */
export type StoredReference = Readonly<Record<string, unknown>>;

export interface ConversationReferenceRepository {
  saveUserReference(tenantId: string, aadObjectId: string, reference: StoredReference): Promise<void>;
  findUserReference(tenantId: string, aadObjectId: string): Promise<StoredReference | undefined>;
  saveHelpdeskChannel(reference: StoredReference): Promise<void>;
  findHelpdeskChannel(): Promise<StoredReference | undefined>;
}

/** A proactive message that could not be delivered yet, kept for a later retry. */
export interface OutboxItem {
  readonly id: string;
  readonly tenantId: string;
  readonly aadObjectId: string;
  /** The replies as the bot layer serialised them. */
  readonly payload: readonly unknown[];
  readonly queuedAt: string;
  readonly attempts: number;
  readonly lastError?: string;
  /** Set when the bot stopped retrying (dead letter); the item stays for the helpdesk to see. */
  readonly deadLetteredAt?: string;
  /** Where to send it when the user's conversation is not stored in the directory (users not in it). */
  readonly reference?: StoredReference;
}

export interface OutboxRepository {
  add(item: OutboxItem): Promise<void>;
  list(): Promise<OutboxItem[]>;
  save(item: OutboxItem): Promise<void>;
  remove(id: string): Promise<void>;
}

/** One company's imported records, as an import leaves them. */
export interface CompanyRecordsChange {
  readonly company: Company;
  readonly savePeople: readonly Person[];
  readonly saveContracts: readonly Contract[];
  readonly saveCustomers: readonly CspCustomer[];
  /** Keys: aadObjectId for people, id for contracts and customers. */
  readonly removePeople: readonly string[];
  readonly removeContracts: readonly string[];
  readonly removeCustomers: readonly string[];
}

/**
 * Writes one company's import in a single write (one file for lowdb): the
 * company's records change all together or not at all, at the cost of one
 * write instead of one per record. Optional: without it, an import writes
 * record by record through the other repositories.
 */
export interface CompanyImportRepository {
  apply(change: CompanyRecordsChange): Promise<void>;
}

export interface Repositories {
  readonly directory: DirectoryRepository;
  readonly contracts: ContractRepository;
  readonly customers: CustomerRepository;
  readonly activationRequests: ActivationRequestRepository;
  readonly conversationReferences: ConversationReferenceRepository;
  readonly outbox: OutboxRepository;
  readonly tickets: TicketRepository;
  readonly markers: EventMarkerRepository;
  readonly reminderPreferences: ReminderPreferenceRepository;
  readonly unansweredQuestions: UnansweredQuestionRepository;
  readonly processedActivities: ProcessedActivityLog;
  readonly conversationContexts: ConversationContextRepository;
  readonly locks: SharedLocks;
  readonly companyImports?: CompanyImportRepository;
}
