import type { CspCustomer } from '../../../src/domain/model.js';
import { matchCustomer, mentionsCustomer } from '../../../src/domain/routing/index.js';

const contosoCustomers: CspCustomer[] = [
  { id: 'csp-contoso-adventure-works', tenantId: 'tenant-contoso', name: 'Adventure Works' },
  { id: 'csp-contoso-litware', tenantId: 'tenant-contoso', name: 'Litware' },
];

describe('customer names from the message', () => {
  it.each([
    ['I need to open an Azure ticket for my customer Adventure Works', 'Adventure Works'],
    ['ticket for ADVENTURE WORKS please', 'Adventure Works'],
    ['adventureworks has an azure problem', 'Adventure Works'],
    ['顧客 Adventure Works の Azure のサポート要求を作りたい', 'Adventure Works'],
    ['顧客Ｌｉｔｗａｒｅの Microsoft 365 の要求', 'Litware'],
  ])('%s → %s', (text, name) => {
    expect(matchCustomer(text, contosoCustomers)?.name).toBe(name);
  });

  it.each(['for my customer Proseware', 'Fourth Coffee needs help', 'open an Azure ticket'])('no stored name in "%s"', (text) => {
    expect(matchCustomer(text, contosoCustomers)).toBeUndefined();
  });

  it.each(['for my customer', 'on behalf of a client', '顧客の Microsoft 365 のサポート要求を作りたい', 'お客様の Azure'])('"%s" is about a customer', (text) => {
    expect(mentionsCustomer(text)).toBe(true);
  });

  it.each(['Windows Server issue, where do I file it?', 'Azure のサポート要求の出し方', 'our customs office'])('"%s" is not', (text) => {
    expect(mentionsCustomer(text)).toBe(false);
  });
});
