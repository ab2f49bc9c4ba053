import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Contact } from './contact.entity';
import { isUuid } from '../../platform/graphql/ids';

export type ContactLoaders = ReturnType<typeof createContactLoaders>;

export function createContactLoaders(em: EntityManager) {
  const byId = new DataLoader<string, Contact | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await em.find(Contact, { id: { $in: valid } }) : [];
    const map = new Map(rows.map((c) => [c.id, c]));
    return ids.map((id) => map.get(id) ?? null);
  });

  return { byId };
}
