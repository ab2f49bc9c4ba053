import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, pgArray } from '../platform/db/sql';

/** Contact columns the fixtures' plain inserts leave at their defaults. */
export interface ContactAttributes {
  membershipType?: string | null;
  membershipStatus?: string | null;
  contactType?: string;
  tags?: string[];
  gender?: string | null;
  birthDate?: string | null;
  duesBalance?: number;
  /** ISO timestamp. */
  createdAt?: string;
  phones?: string[];
  emails?: string[];
  consentAt?: string | null;
}

const COLUMNS: Record<keyof ContactAttributes, string> = {
  membershipType: 'membership_type',
  membershipStatus: 'membership_status',
  contactType: 'contact_type',
  tags: 'tags',
  gender: 'gender',
  birthDate: 'birth_date',
  duesBalance: 'dues_balance',
  createdAt: 'created_at',
  phones: 'phones',
  emails: 'emails',
  consentAt: 'consent_at',
};

/** Sets the given columns of one contact, as other modules (membership, dues, the record form) would. */
export async function setContactAttributes(em: EntityManager, id: string, attributes: ContactAttributes): Promise<void> {
  const entries = Object.entries(attributes) as [keyof ContactAttributes, unknown][];
  if (entries.length === 0) return;
  const sets = entries.map(([key, value]) => `${COLUMNS[key]} = ?${Array.isArray(value) ? '::text[]' : ''}`);
  const params = entries.map(([, value]) => (Array.isArray(value) ? pgArray(value as string[]) : value));
  await execute(em, `update contact set ${sets.join(', ')} where id = ?`, [...params, id]);
}
