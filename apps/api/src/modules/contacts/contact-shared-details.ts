import type { EntityManager } from '@mikro-orm/postgresql';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import type { Viewer } from '../../platform/auth/viewer';
import { execute, pgArray } from '../../platform/db/sql';
import { Contact } from './contact.entity';
import { contactColumns, toContactRecord, type ContactRecord, type ContactRow } from './contact.record';

/** How many possible duplicates a save reports; enough to recognize the person. */
const SHOWN = 5;

/**
 * Contacts the viewer can see that share a phone or an e-mail with the given ones (except
 * `exceptId`). Only the viewer's scope is searched: a match elsewhere must not even be hinted.
 */
export async function contactsSharingDetails(
  em: EntityManager,
  viewer: Viewer | null,
  details: { phones: readonly string[]; emails: readonly string[] },
  exceptId: string | null = null,
): Promise<ContactRecord[]> {
  if (details.phones.length === 0 && details.emails.length === 0) return [];
  const scope = readScopeSql(viewer, Contact, 'c');
  const rows = await execute<ContactRow>(
    em,
    `select ${contactColumns('c')} from contact c
      where (c.phones && ?::text[] or c.emails && ?::text[]) and c.id is distinct from ?::uuid and ${scope.sql}
      order by c.sort_name, c.id limit ${SHOWN}`,
    [pgArray(details.phones), pgArray(details.emails), exceptId, ...scope.params],
  );
  return rows.map(toContactRecord);
}
