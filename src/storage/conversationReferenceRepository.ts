import { isDeepStrictEqual } from 'node:util';
import type { ConversationReferenceRepository, StoredReference } from '../domain/repositories.js';
import { copyOf, upsertBy } from './companyData.js';
import type { CompanyDataSource, HelpdeskChannelSlot } from './companyDataSource.js';

export function createConversationReferenceRepository(
  source: CompanyDataSource,
  helpdeskChannel: HelpdeskChannelSlot,
): ConversationReferenceRepository {
  return {
    // The bot saves a reference on many turns; an unchanged one costs no write.
    async saveUserReference(tenantId: string, aadObjectId: string, reference: StoredReference): Promise<void> {
      const stored = copyOf(reference);
      await source.update(tenantId, (draft) => {
        const current = draft.userReferences.find((r) => r.aadObjectId === aadObjectId);
        if (current && isDeepStrictEqual(current.reference, stored)) return { result: undefined, changed: false };
        upsertBy(draft.userReferences, { aadObjectId, reference: stored }, (a, b) => a.aadObjectId === b.aadObjectId);
        return { result: undefined, changed: true };
      });
    },

    async findUserReference(tenantId: string, aadObjectId: string): Promise<StoredReference | undefined> {
      const { userReferences } = await source.read(tenantId);
      const found = userReferences.find((r) => r.aadObjectId === aadObjectId);
      return found && copyOf(found.reference);
    },

    async saveHelpdeskChannel(reference: StoredReference): Promise<void> {
      await helpdeskChannel.set(copyOf(reference));
    },

    async findHelpdeskChannel(): Promise<StoredReference | undefined> {
      const reference = await helpdeskChannel.get();
      return reference && copyOf(reference);
    },
  };
}
