/** A people file row: someone of a company, their roles and their account's program association. */
import type { Person, Role } from '../model.js';
import type { RowReader } from './rowReader.js';

export interface ImportedPerson extends Person {
  readonly line: number;
}

const ROLES: readonly Role[] = ['globalAdmin', 'mpnPartnerAdmin', 'adminAgent', 'helpdeskAgent'];

export function readPersonRow(reader: RowReader): ImportedPerson | undefined {
  const tenantId = reader.id('tenant_id');
  const aadObjectId = reader.id('aad_object_id');
  const name = reader.required('name');
  const roles: Role[] = [];
  let rolesOk = true;
  for (const item of reader.list('roles')) {
    const role = reader.oneOf('roles', item, ROLES);
    if (role === undefined) rolesOk = false;
    else if (!roles.includes(role)) roles.push(role);
  }
  const mpn = reader.yesNo('mpn');
  const csp = reader.yesNo('csp');
  if (tenantId === undefined || aadObjectId === undefined || name === undefined || mpn === undefined || csp === undefined || !rolesOk) return undefined;
  return { line: reader.line, tenantId, aadObjectId, name, roles, association: { mpn, csp } };
}
