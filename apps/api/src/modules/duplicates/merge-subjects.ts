import type { EntityManager } from '@mikro-orm/postgresql';
import { readScopeSql, writeScopeSql } from '../../platform/auth/org-scope-filter';
import type { Viewer } from '../../platform/auth/viewer';
import { execute } from '../../platform/db/sql';
import { changedBySomeoneElse, forbidden, notFound, UserError } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/graphql/ids';
import { Contact } from '../contacts/contact.entity';
import { contactColumns, toContactRecord, type ContactRecord, type ContactRow } from '../contacts/contact.record';

/** One of the two contacts of a merge, locked for it: the record and its full row as JSON text. */
export interface MergeSubject {
  record: ContactRecord;
  rowJson: string;
}

/**
 * Locks both contacts (in id order, so two merges of the same contacts cannot deadlock) and
 * checks them: unknown or unreadable is not found, readable only is forbidden, a version other
 * than the one compared is a conflict.
 */
export async function lockMergeSubjects(
  em: EntityManager,
  viewer: Viewer,
  ids: { survivorId: string; mergedId: string },
  versions: { survivor: number; merged: number },
): Promise<{ survivor: MergeSubject; merged: MergeSubject }> {
  if (!isUuid(ids.survivorId) || !isUuid(ids.mergedId)) throw notFound();
  if (ids.survivorId === ids.mergedId) {
    throw new UserError('BAD_USER_INPUT', 'duplicates:errors.sameContact', 'A contact cannot be merged into itself.', { field: 'mergedId' });
  }
  const read = readScopeSql(viewer, Contact, 'c');
  const write = writeScopeSql(viewer, Contact, 'c');
  const rows = await execute<ContactRow & { readable: boolean; writable: boolean; row_json: string }>(
    em,
    `select ${contactColumns('c')}, (${read.sql}) as readable, (${write.sql}) as writable, to_jsonb(c)::text as row_json
       from contact c where c.id in (?::uuid, ?::uuid) order by c.id for update`,
    [...read.params, ...write.params, ids.survivorId, ids.mergedId],
  );
  const subject = (id: string): MergeSubject => {
    const row = rows.find((r) => r.id === id);
    if (!row?.readable) throw notFound();
    return { record: toContactRecord(row), rowJson: row.row_json };
  };
  const survivor = subject(ids.survivorId);
  const merged = subject(ids.mergedId);
  if (!rows.every((row) => row.writable)) throw forbidden();
  if (survivor.record.version !== versions.survivor || merged.record.version !== versions.merged) throw changedBySomeoneElse();
  return { survivor, merged };
}
