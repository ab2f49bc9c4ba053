import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Contact } from './contact.entity';
import { contactColumns, toContactRecord, type ContactRecord, type ContactRow } from './contact.record';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import type { Viewer } from '../../platform/auth/viewer';
import { execute, pgArray } from '../../platform/db/sql';
import { isUuid } from '../../platform/graphql/ids';

export type ContactLoaders = ReturnType<typeof createContactLoaders>;

export function createContactLoaders(em: EntityManager, viewer: Viewer | null) {
  const byId = new DataLoader<string, ContactRecord | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return ids.map(() => null);
    const scope = readScopeSql(viewer, Contact, 'c');
    const rows = await execute<ContactRow>(em, `select ${contactColumns('c')} from contact c where c.id = any(?::uuid[]) and ${scope.sql}`, [
      pgArray(valid), ...scope.params,
    ]);
    const map = new Map(rows.map((row) => [row.id, toContactRecord(row)]));
    return ids.map((id) => map.get(id) ?? null);
  });

  return { byId };
}
