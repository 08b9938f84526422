import { idsInText, wellFormedIds } from '../../../src/domain/linking/index.js';

const GUID = '7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12';

describe('ID shapes', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['canonical', GUID, '3104578821', true],
    ['lower case with braces and spaces', ` {${GUID.toLowerCase()}} `, ' 3104578821 ', true],
    ['full-width digits', GUID, '３１０４５７８８２１', true],
    ['hyphenated Contract ID', GUID, '3104-578-821', true],
    ['missing Access ID', undefined, '3104578821', false],
    ['9-digit Contract ID', GUID, '310457882', false],
    ['letters in the Contract ID', GUID, '31045788A1', false],
    ['GUID with a non-hex letter', GUID.replace('F', 'G'), '3104578821', false],
    ['not a string (forged card data)', { $gt: '' }, 3104578821, false],
    ['very long input', GUID.repeat(50), '3104578821', false],
  ])('%s → well formed: %s', (_case, accessId, contractId, ok) => {
    expect(wellFormedIds({ accessId, contractId } as never) !== undefined).toBe(ok);
  });

  it.each([
    [`Access ID: ${GUID} Contract ID: 3104578821`, { accessId: GUID, contractId: '3104578821' }],
    [`アクセス ID は ${GUID}、契約 ID は 3104578821 です`, { accessId: GUID, contractId: '3104578821' }],
    ['契約 ID 3104578821 だけ', { contractId: '3104578821' }],
    ['link my contract please', {}],
    ['Windows Server 2019 and 2022', {}],
  ])('finds the IDs in %j', (text, expected) => {
    expect(idsInText(text)).toEqual(expected);
  });
});
