/** The demo contracts' IDs (src/storage/demoContracts.ts), named for tests. */
export const ids = {
  contosoOnPremises: { accessId: '7F3A9C21-4B8D-4E6F-A1C2-9D0E5B7F3A12', contractId: '3104578821' },
  contosoCloud: { accessId: 'C2E81B47-90AF-4D3C-8E15-6B2F0A9D4C73', contractId: '3104578822' },
  northwindOnPremises: { accessId: '5D09E6A3-2C71-4F8B-B4D0-E37A1C59F286', contractId: '2987310456' },
  northwind5pack: { accessId: 'A84F2D10-6E3B-4C97-9A5E-0F71B8C2D4E9', contractId: '2987310457' },
  contosoExpiredCloud: { accessId: '11111111-2222-4333-8444-555555555555', contractId: '1000000001' },
  contosoNotStarted: { accessId: '22222222-3333-4444-8555-666666666666', contractId: '1000000002' },
} as const;
