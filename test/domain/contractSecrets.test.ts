/**
 * The one rule for showing Access and Contract IDs whole: a 1:1 place, and
 * the contract's holder or someone whose role may activate; never another
 * company's contract.
 */
import { maySeeContractSecrets, shownSecret } from '../../src/domain/contractSecrets.js';
import type { Contract, Role } from '../../src/domain/model.js';

const ADMIN_ROLES: readonly Role[] = ['globalAdmin', 'mpnPartnerAdmin'];
const contract: Pick<Contract, 'tenantId' | 'associations'> = {
  tenantId: 'tenant-contoso',
  associations: [{ aadObjectId: 'aad-alice', portal: 'azure', at: '2026-01-01T00:00:00.000Z' }],
};
const reader = (aadObjectId: string, roles: Role[], tenantId = 'tenant-contoso') => ({ aadObjectId, roles, tenantId });

describe('maySeeContractSecrets', () => {
  it.each<[string, ReturnType<typeof reader> | undefined, boolean, boolean]>([
    ['the holder in a 1:1 chat', reader('aad-alice', ['globalAdmin']), true, true],
    ['the holder without any role', reader('aad-alice', []), true, true],
    ['an MPN partner admin who is not the holder', reader('aad-bob', ['mpnPartnerAdmin']), true, true],
    ['a colleague with no role (Dave)', reader('aad-dave', []), true, false],
    ['an Admin agent (a CSP role, not one that activates)', reader('aad-carol', ['adminAgent']), true, false],
    ['the holder in a group chat', reader('aad-alice', ['globalAdmin']), false, false],
    ['an admin of another company', reader('aad-frank', ['globalAdmin'], 'tenant-northwind'), true, false],
    ['a helpdesk agent', reader('aad-ivan', ['helpdeskAgent'], 'tenant-helpdesk'), true, false],
    ['nobody known', undefined, true, false],
  ])('%s → %s', (_case, who, personalChat, expected) => {
    expect(maySeeContractSecrets(who, contract, personalChat, ADMIN_ROLES)).toBe(expected);
  });

  it('takes the activating roles from the caller (program.json), not from a list of its own', () => {
    expect(maySeeContractSecrets(reader('aad-bob', ['mpnPartnerAdmin']), contract, true, ['globalAdmin'])).toBe(false);
  });

  it('shows a secret whole or masked to its last four characters', () => {
    expect(shownSecret('3104578821', true)).toBe('3104578821');
    expect(shownSecret('3104578821', false)).toBe('••••8821');
  });
});
