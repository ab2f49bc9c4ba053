import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrgUnitKind, Reach } from '@hromada/shared';
import { execute } from '../platform/db/sql';
import { insertContacts as insertContactRows, insertUnits } from '../platform/db/seed/seed-sql';
import { hashSessionToken, newSessionToken } from '../platform/auth/session-token';

export interface FixtureUnit {
  id: string;
  code: string;
  path: string;
  kind: OrgUnitKind;
  parentId: string | null;
  nameUk: string;
  nameEn: string;
}

export interface FixtureContact {
  id: string;
  unitId: string;
  path: string;
  lastName: string;
  firstName: string;
  phone: string;
  email: string;
}

export interface Tree {
  units: FixtureUnit[];
  contacts: FixtureContact[];
}

const KINDS: OrgUnitKind[] = ['hq', 'region', 'district', 'branch'];
const SURNAMES = ['Шевченко', 'Коваленко', 'Бондар', 'Shevchenko', 'Мельник', 'Шевчук'];
const FIRST_NAMES = ['Тарас', 'Олена', 'Andrew', 'Ірина', 'Петро'];

/**
 * An org tree with `shape[i]` children under every unit of level i, and contacts in every
 * unit at every level (not only branches), named so searches have hits everywhere.
 */
export async function buildTree(em: EntityManager, shape: number[], contactsPerUnit: number, tag: string): Promise<Tree> {
  const units: FixtureUnit[] = [];
  const root: FixtureUnit = { id: randomUUID(), code: tag.toUpperCase(), path: tag, kind: 'hq', parentId: null, nameUk: `Центр ${tag}`, nameEn: `HQ ${tag}` };
  units.push(root);
  let level = [root];
  shape.forEach((width, depth) => {
    const next: FixtureUnit[] = [];
    for (const parent of level) {
      for (let i = 1; i <= width; i++) {
        const label = `${KINDS[depth + 1]?.[0] ?? 'u'}${i}`;
        const unit: FixtureUnit = {
          id: randomUUID(),
          code: `${parent.code}-${i}`,
          path: `${parent.path}.${label}`,
          kind: KINDS[Math.min(depth + 1, 3)],
          parentId: parent.id,
          nameUk: `Осередок ${parent.code}-${i}`,
          nameEn: `Unit ${parent.code}-${i}`,
        };
        next.push(unit);
      }
    }
    units.push(...next);
    level = next;
  });
  await em.transactional((tx) => insertUnits(tx, units));
  const contacts: FixtureContact[] = [];
  let n = 0;
  for (const u of units) {
    for (let i = 0; i < contactsPerUnit; i++) {
      n += 1;
      contacts.push({
        id: randomUUID(),
        unitId: u.id,
        path: u.path,
        lastName: SURNAMES[n % SURNAMES.length],
        firstName: FIRST_NAMES[n % FIRST_NAMES.length],
        phone: `+38067${String(1_000_000 + n * 7919).slice(-7)}`,
        email: `person${n}.${tag}@example.org`,
      });
    }
  }
  await insertContacts(em, contacts);
  return { units, contacts };
}

/** Fixture contacts, written as the seed writes contacts (same names, sort key and search document). */
export async function insertContacts(em: EntityManager, contacts: FixtureContact[]): Promise<void> {
  if (contacts.length === 0) return;
  const rows = contacts.map((c) => ({ ...c, unitPath: c.path, patronymic: null }));
  await em.transactional((tx) => insertContactRows(tx, rows));
}

export interface FixtureAssignment {
  role: string;
  reach: Reach;
  unitId: string;
}

/** A user with the given assignments and a live session; returns its bearer token. */
export async function createUserWithSession(
  em: EntityManager,
  opts: { email: string; assignments: FixtureAssignment[]; contactId?: string | null; passwordHash?: string },
): Promise<{ userId: string; token: string }> {
  const userId = randomUUID();
  await execute(em, 'insert into app_user (id, email, password_hash, display_name, contact_id) values (?, ?, ?, ?, ?)', [
    userId, opts.email, opts.passwordHash ?? 'no-password', opts.email, opts.contactId ?? null,
  ]);
  for (const a of opts.assignments) {
    await execute(em, 'insert into role_assignment (id, user_id, role, org_unit_id, reach) values (?, ?, ?, ?, ?)', [
      randomUUID(), userId, a.role, a.unitId, a.reach,
    ]);
  }
  const token = newSessionToken();
  await execute(em, `insert into session (id, token_hash, user_id, expires_at) values (?, ?, ?, now() + interval '1 day')`, [
    randomUUID(), hashSessionToken(token), userId,
  ]);
  return { userId, token };
}
