import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContactFields, ContactKind, Gender } from '@hromada/shared';
import { writeScopeSql } from '../../platform/auth/org-scope-filter';
import type { Viewer } from '../../platform/auth/viewer';
import { executeBound, pgArray } from '../../platform/db/sql';
import { Contact } from '../contacts/contact.entity';

/** A contact an import row may update: its own fields and the version the update must find. */
export interface ExistingContact {
  id: string;
  version: number;
  fields: ContactFields;
}

interface MatchRow {
  id: string;
  version: number;
  last_name: string;
  first_name: string;
  patronymic: string | null;
  gender: Gender | null;
  birth_date: string | null;
  phones: string[];
  emails: string[];
  address_region: string | null;
  address_settlement: string | null;
  address_street: string | null;
  tags: string[];
  notes: string | null;
  source: string | null;
  contact_type: ContactKind;
}

const COLUMNS = `c.id, c.version, c.last_name, c.first_name, c.patronymic, c.gender, c.birth_date::text as birth_date, c.phones, c.emails,
  c.address_region, c.address_settlement, c.address_street, c.tags, c.notes, c.source, c.contact_type`;

/**
 * Contacts the importer may edit that have one of these phones or e-mails: one statement for
 * a batch of rows. Contacts outside the write scope are never read, so a row that matches
 * only them is simply a new contact: nothing is hinted.
 *
 * One GIN lookup per value (`phones @> array[value]`, a nested loop over the values): a
 * single `phones && big_array` looks to the planner as if it matched every row, and a
 * sequential scan comparing each contact with thousands of values takes minutes.
 */
export async function contactsWithDetails(em: EntityManager, viewer: Viewer, phones: readonly string[], emails: readonly string[]): Promise<ExistingContact[]> {
  if (phones.length === 0 && emails.length === 0) return [];
  const lookup = (list: 'phones' | 'emails') => {
    const scope = writeScopeSql(viewer, Contact, 'c');
    return {
      sql: `select m.* from unnest(?::text[]) as k (value)
              cross join lateral (select ${COLUMNS} from contact c where c.${list} @> array[k.value] and ${scope.sql}) as m`,
      params: scope.params,
    };
  };
  const byPhone = lookup('phones');
  const byEmail = lookup('emails');
  const rows = await executeBound<MatchRow>(
    em,
    `select distinct on (found.id) found.* from (${byPhone.sql} union all ${byEmail.sql}) as found`,
    [pgArray(phones), ...byPhone.params, pgArray(emails), ...byEmail.params],
  );
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    fields: {
      lastName: row.last_name,
      firstName: row.first_name,
      patronymic: row.patronymic,
      gender: row.gender,
      birthDate: row.birth_date,
      phones: row.phones,
      emails: row.emails,
      addressRegion: row.address_region,
      addressSettlement: row.address_settlement,
      addressStreet: row.address_street,
      tags: row.tags,
      notes: row.notes,
      source: row.source,
      contactType: row.contact_type,
    },
  }));
}
