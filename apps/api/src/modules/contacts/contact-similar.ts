import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/auth/viewer';
import { execute } from '../../platform/db/sql';
import { contactColumns, toContactRecord, type ContactRecord, type ContactRow } from './contact.record';
import { contactConditions } from './contact-page-reader';

/** Shorter needles share too few trigrams with any name for similarity to mean anything. */
export const MIN_SIMILAR_LENGTH = 4;

/**
 * Contacts whose search document holds a word close to the needle ("shevchnko" →
 * Шевченко), most similar first: pg_trgm word similarity (threshold 0.6), served by the
 * trigram index. For a search that matched nothing as typed.
 */
export async function findSimilarContacts(em: EntityManager, viewer: Viewer | null, needle: string, limit: number): Promise<ContactRecord[]> {
  if (needle.length < MIN_SIMILAR_LENGTH) return [];
  const filter = contactConditions(viewer, [{ sql: 'c.search_doc %> ?', params: [needle] }]);
  const rows = await execute<ContactRow>(
    em,
    `select ${contactColumns('c')} from contact c where ${filter.sql}
      order by word_similarity(?, c.search_doc) desc, c.sort_name, c.id limit ${limit}`,
    [...filter.params, needle],
  );
  return rows.map(toContactRecord);
}
