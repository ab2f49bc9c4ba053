import { execute, pgArray } from '../../platform/db/sql';
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainScope } from '../../platform/auth/viewer';
import { contactsInScopeUnder, type UnitCounter } from '../org/contact-count';
import { Contact } from './contact.entity';
import { isUuid } from '../../platform/graphql/ids';

export type ContactLoaders = ReturnType<typeof createContactLoaders>;

export function createContactLoaders(em: EntityManager, scope: DomainScope) {
  const byId = new DataLoader<string, Contact | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await em.find(Contact, { id: { $in: valid } }) : [];
    const map = new Map(rows.map((c) => [c.id, c]));
    return ids.map((id) => map.get(id) ?? null);
  });

  /** All contacts in scope, from counters: one statement, no row counting. */
  const scopeTotal = new DataLoader<'all', number>(async (keys) => {
    const rows: { path: string; direct: number; subtree: number }[] = await execute(em, 
      `select u.path::text as path, c.direct_contacts as direct, c.subtree_contacts as subtree
         from org_unit u join org_unit_counter c on c.org_unit_id = u.id where u.id = any(?::uuid[])`,
      [pgArray(scope.grants.map((g) => g.unitId))],
    );
    const counters = new Map<string, UnitCounter>(rows.map((r) => [r.path, { direct: Number(r.direct), subtree: Number(r.subtree) }]));
    const total = contactsInScopeUnder(undefined, scope, counters);
    return keys.map(() => total);
  });

  return { byId, scopeTotal };
}
