import type { Repositories } from '../domain/repositories.js';
import { createActivationRequestRepository } from './activationRequestRepository.js';
import type { CompanyDataSource, HelpdeskChannelSlot } from './companyDataSource.js';
import { createCompanyImportRepository } from './companyImportRepository.js';
import { createContractRepository } from './contractRepository.js';
import { createConversationReferenceRepository } from './conversationReferenceRepository.js';
import { createCustomerRepository } from './customerRepository.js';
import { createDirectoryRepository } from './directoryRepository.js';
import type { TenantSet } from './tenantSet.js';

/** One set of repositories over any source: lowdb and memory differ only in the source. Tickets live apart (src/storage/tickets). */
export function createRepositories(source: CompanyDataSource, helpdeskChannel: HelpdeskChannelSlot, pendingActivations: TenantSet): Omit<Repositories, 'tickets' | 'outbox' | 'processedActivities' | 'conversationContexts' | 'locks' | 'markers' | 'reminderPreferences' | 'unansweredQuestions'> {
  return {
    directory: createDirectoryRepository(source),
    companyImports: createCompanyImportRepository(source),
    contracts: createContractRepository(source),
    customers: createCustomerRepository(source),
    activationRequests: createActivationRequestRepository(source, pendingActivations),
    conversationReferences: createConversationReferenceRepository(source, helpdeskChannel),
  };
}
