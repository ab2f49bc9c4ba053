import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { contactFullName, contactSearchDocument, type Gender } from '@hromada/shared';
import { execute, pgArray } from '../platform/db/sql';
import type { FixtureUnit } from './tree-fixture';
import { insertContacts } from './tree-fixture';

/** A contact with the details duplicate rules look at. */
export interface Person {
  id: string;
  unit: FixtureUnit;
  lastName: string;
  firstName: string;
  phones: string[];
  emails: string[];
  birthDate: string | null;
  gender: Gender | null;
}

let seq = 0;

/** A person in `unit`; a unique phone and e-mail unless given, so only what a test means is shared. */
export function person(unit: FixtureUnit, name: string, details: Partial<Pick<Person, 'phones' | 'emails' | 'birthDate' | 'gender'>> = {}): Person {
  seq += 1;
  const [lastName, firstName] = name.split(' ');
  return {
    id: randomUUID(),
    unit,
    lastName,
    firstName,
    phones: details.phones ?? [`+38093${String(1_000_000 + seq * 7).slice(-7)}`],
    emails: details.emails ?? [`p${seq}.${randomUUID().slice(0, 6)}@example.org`],
    birthDate: details.birthDate ?? null,
    gender: details.gender ?? null,
  };
}

/** Writes people as the seed writes contacts, then their lists, birth dates and genders. */
export async function insertPeople(em: EntityManager, people: readonly Person[]): Promise<void> {
  await insertContacts(em, people.map((p) => ({
    id: p.id, unitId: p.unit.id, path: p.unit.path, lastName: p.lastName, firstName: p.firstName, phone: p.phones[0] ?? '', email: p.emails[0] ?? '',
  })));
  for (const p of people) {
    await execute(
      em,
      `update contact set phones = ?::text[], emails = ?::text[], birth_date = ?::date, gender = ?, sort_name = ?, search_doc = ? where id = ?`,
      [pgArray(p.phones), pgArray(p.emails), p.birthDate, p.gender, contactFullName(p), contactSearchDocument(p), p.id],
    );
  }
}
