import type { ScopeColumns } from '../../platform/auth/scope-sql';

/**
 * Scope columns of the money tables (charges, payments, contributions): each row carries its
 * contact's unit and path, and 'self' access reaches the rows of the viewer's own contact.
 */
export const MONEY_ROW_SCOPE: ScopeColumns = { path: 'org_path', unit: 'org_unit_id', self: 'contact_id' };
