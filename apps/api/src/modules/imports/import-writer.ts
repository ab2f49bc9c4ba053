import type { EntityManager } from '@mikro-orm/postgresql';
import { contactFullName, contactSearchDocument, type ContactFields } from '@hromada/shared';
import { executeBound, pgArray } from '../../platform/db/sql';
import type { BatchPlan, RowPlan } from './import-planner';

/** Thrown when a contact changed between the check of its row and its update. */
export class ContactChangedDuringImport extends Error {
  constructor(readonly contactIds: string[]) {
    super(`Contacts changed during the import: ${contactIds.join(', ')}`);
  }
}

/** Contact columns an import writes, as `jsonb_to_recordset` reads them. */
const FIELD_COLUMNS = `first_name text, last_name text, patronymic text, gender text, birth_date date, phones text[], emails text[],
  address_region text, address_settlement text, address_street text, tags text[], notes text, source text, contact_type text,
  sort_name text, search_doc text`;

function fieldRecord(fields: ContactFields): Record<string, unknown> {
  return {
    first_name: fields.firstName,
    last_name: fields.lastName,
    patronymic: fields.patronymic,
    gender: fields.gender,
    birth_date: fields.birthDate,
    phones: fields.phones,
    emails: fields.emails,
    address_region: fields.addressRegion,
    address_settlement: fields.addressSettlement,
    address_street: fields.addressStreet,
    tags: fields.tags,
    notes: fields.notes,
    source: fields.source,
    contact_type: fields.contactType,
    sort_name: contactFullName(fields),
    search_doc: contactSearchDocument(fields),
  };
}

export interface ImportOrigin {
  importId: string;
  fileName: string;
  actorUserId: string;
}

/**
 * Carries out one planned batch, set-based: one INSERT for the new contacts, one UPDATE for
 * the changed ones (each only over the version its row was checked against), one INSERT of
 * an `imported` timeline event per contact, one INSERT of the rows' outcomes. Inside the
 * caller's transaction. A contact someone changed meanwhile fails the batch.
 */
export async function writeBatch(em: EntityManager, batch: BatchPlan, origin: ImportOrigin): Promise<void> {
  if (batch.creates.length > 0) {
    const records = batch.creates.map((c) => ({ id: c.id, org_unit_id: c.unit.id, org_path: c.unit.path, ...fieldRecord(c.fields) }));
    await executeBound(
      em,
      `insert into contact (id, org_unit_id, org_path, first_name, last_name, patronymic, gender, birth_date, phones, emails,
                            address_region, address_settlement, address_street, tags, notes, source, contact_type, sort_name, search_doc)
       select r.id, r.org_unit_id, r.org_path::ltree, r.first_name, r.last_name, r.patronymic, r.gender, r.birth_date, r.phones, r.emails,
              r.address_region, r.address_settlement, r.address_street, r.tags, r.notes, r.source, r.contact_type, r.sort_name, r.search_doc
         from jsonb_to_recordset(?::jsonb) as r (id uuid, org_unit_id uuid, org_path text, ${FIELD_COLUMNS})`,
      [JSON.stringify(records)],
    );
  }
  if (batch.updates.length > 0) {
    const records = batch.updates.map((u) => ({ id: u.id, version: u.version, ...fieldRecord(u.fields) }));
    // org_unit_id is not set: an import never moves a contact (and so never wakes the viewer caches).
    const updated = await executeBound<{ id: string }>(
      em,
      `update contact c set
          first_name = r.first_name, last_name = r.last_name, patronymic = r.patronymic, gender = r.gender, birth_date = r.birth_date,
          phones = r.phones, emails = r.emails, address_region = r.address_region, address_settlement = r.address_settlement,
          address_street = r.address_street, tags = r.tags, notes = r.notes, source = r.source, contact_type = r.contact_type,
          sort_name = r.sort_name, search_doc = r.search_doc, version = c.version + 1, updated_at = now()
         from jsonb_to_recordset(?::jsonb) as r (id uuid, version integer, ${FIELD_COLUMNS})
        where c.id = r.id and c.version = r.version
       returning c.id`,
      [JSON.stringify(records)],
    );
    if (updated.length !== batch.updates.length) {
      const done = new Set(updated.map((row) => row.id));
      throw new ContactChangedDuringImport(batch.updates.filter((u) => !done.has(u.id)).map((u) => u.id));
    }
  }
  const touched = [...batch.creates.map((c) => c.id), ...batch.updates.map((u) => u.id)];
  if (touched.length > 0) {
    await executeBound(
      em,
      `insert into contact_activity (id, contact_id, kind, actor_user_id, payload, occurred_at)
       select gen_random_uuid(), contact_id, 'imported', ?::uuid, ?::jsonb, now() from unnest(?::uuid[]) as t (contact_id)`,
      [origin.actorUserId, JSON.stringify({ fileName: origin.fileName, importId: origin.importId }), pgArray(touched)],
    );
  }
  await writeRowOutcomes(em, origin.importId, batch.rows);
}

/** The outcome of each row, for the errors page and the report. */
export async function writeRowOutcomes(em: EntityManager, importId: string, rows: readonly RowPlan[]): Promise<void> {
  if (rows.length === 0) return;
  const records = rows.map((r) => ({ row_number: r.row, outcome: r.outcome, contact_id: r.contactId, errors: r.errors }));
  await executeBound(
    em,
    `insert into contact_import_row (import_id, row_number, outcome, contact_id, errors)
     select ?::uuid, r.row_number, r.outcome, r.contact_id, r.errors
       from jsonb_to_recordset(?::jsonb) as r (row_number integer, outcome text, contact_id uuid, errors jsonb)`,
    [importId, JSON.stringify(records)],
  );
}
