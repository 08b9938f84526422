import fc from 'fast-check';
import { companyFileName } from '../../src/storage/lowdb/safeFileName.js';

describe('companyFileName', () => {
  it('keeps ordinary tenant ids readable', () => {
    expect(companyFileName('tenant-contoso')).toBe('tenant-contoso.json');
    expect(companyFileName('72f988bf-86f1-41af-91ab-2d7cd011db47')).toBe('72f988bf-86f1-41af-91ab-2d7cd011db47.json');
  });

  it('never yields a path separator, a dot name or an over-long name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (tenantId) => {
        const name = companyFileName(tenantId);
        expect(name).toMatch(/^[a-z0-9_~-]+\.json$/);
        expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
      }),
    );
  });

  it('gives distinct tenant ids distinct names, also on case-insensitive file systems', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), (a, b) => {
        fc.pre(a !== b);
        expect(companyFileName(a).toLowerCase()).not.toBe(companyFileName(b).toLowerCase());
      }),
    );
    expect(companyFileName('Tenant-A')).not.toBe(companyFileName('tenant-a'));
    expect(companyFileName('')).not.toBe(companyFileName('_'));
  });
});
