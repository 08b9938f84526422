/** A customers file row: a CSP customer of a partner company. */
import type { CspCustomer } from '../model.js';
import type { RowReader } from './rowReader.js';

export interface ImportedCustomer extends CspCustomer {
  readonly line: number;
}

export function readCustomerRow(reader: RowReader): ImportedCustomer | undefined {
  const tenantId = reader.id('tenant_id');
  const id = reader.id('customer_id');
  const name = reader.required('name');
  if (tenantId === undefined || id === undefined || name === undefined) return undefined;
  return { line: reader.line, tenantId, id, name };
}
