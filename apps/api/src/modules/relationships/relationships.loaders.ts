import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inverseRelationshipKind, type RelationshipKind } from '@hromada/shared';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import type { Viewer } from '../../platform/auth/viewer';
import { execute, pgArray } from '../../platform/db/sql';
import { Contact } from '../contacts/contact.entity';
import { contactColumns, toContactRecord, type ContactRow } from '../contacts/contact.record';
import type { RelationshipView } from './relationship.types';

interface RelationshipRow extends ContactRow {
  relationship_id: string;
  owner_id: string;
  relationship_kind: RelationshipKind;
  inverse: boolean;
  relationship_created_at: number;
}

export type RelationshipLoaders = ReturnType<typeof createRelationshipLoaders>;

/**
 * Links of a batch of contacts, both directions, in one statement that reads the other
 * contact with the viewer's scope: a link to a contact they cannot see is not there at all.
 */
export function createRelationshipLoaders(em: EntityManager, viewer: Viewer | null) {
  const byContact = new DataLoader<string, RelationshipView[]>(async (contactIds) => {
    const ids = pgArray(contactIds);
    const scope = readScopeSql(viewer, Contact, 'o');
    const side = (owner: string, other: string, inverse: boolean) => `
      select r.id as relationship_id, r.${owner} as owner_id, r.kind as relationship_kind, ${inverse} as inverse,
             (extract(epoch from r.created_at) * 1000)::float8 as relationship_created_at, ${contactColumns('o')}
        from contact_relationship r join contact o on o.id = r.${other}
       where r.${owner} = any(?::uuid[]) and ${scope.sql}`;
    const rows = await execute<RelationshipRow>(
      em,
      `${side('contact_id', 'related_contact_id', false)} union all ${side('related_contact_id', 'contact_id', true)}
        order by sort_name, relationship_id`,
      [ids, ...scope.params, ids, ...scope.params],
    );
    const byOwner = new Map<string, RelationshipView[]>(contactIds.map((id) => [id, []]));
    for (const row of rows) {
      byOwner.get(row.owner_id)?.push({
        id: row.relationship_id,
        kind: row.inverse ? inverseRelationshipKind(row.relationship_kind) : row.relationship_kind,
        contact: toContactRecord(row),
        createdAt: new Date(row.relationship_created_at),
      });
    }
    return contactIds.map((id) => byOwner.get(id) ?? []);
  });

  return { byContact };
}
