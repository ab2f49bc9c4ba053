import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validateContactFields, type ContactFields, type ContactFieldsInput } from '@hromada/shared';
import type { Viewer } from '../../platform/auth/viewer';
import { contactsWithDetails, type ExistingContact } from './import-matches';
import { RowMapper, type RowError } from './import-row-mapper';
import type { SheetRow } from './import-sheet-reader';
import type { ImportUnit, ImportUnits } from './import-units';

export type RowOutcome = 'created' | 'updated' | 'skipped' | 'error';

/** What happens (or would happen) to one row. */
export interface RowPlan {
  row: number;
  outcome: RowOutcome;
  contactId: string | null;
  errors: RowError[] | null;
}

export interface ContactCreate {
  id: string;
  unit: ImportUnit;
  fields: ContactFields;
}

export interface ContactUpdate {
  id: string;
  /** The version read; the update is refused if the contact has moved on since. */
  version: number;
  fields: ContactFields;
}

/** A batch of rows planned: each row's outcome, and the writes that carry it out (one per contact). */
export interface BatchPlan {
  rows: RowPlan[];
  creates: ContactCreate[];
  updates: ContactUpdate[];
}

export interface PlannerOptions {
  matchMode: 'update' | 'create';
  targetUnit: ImportUnit | null;
  today: string;
}

interface Found {
  byId: Map<string, ExistingContact>;
  byDetail: Map<string, string[]>;
}

const SCALARS = ['lastName', 'firstName', 'patronymic', 'gender', 'birthDate', 'addressRegion', 'addressSettlement', 'addressStreet', 'notes', 'source', 'contactType'] as const;
const LISTS = ['phones', 'emails', 'tags'] as const;

/**
 * Decides, batch by batch and in file order, what each row does. Remembers every contact the
 * import creates or changes (and its phones and e-mails), so a later row with the same phone
 * updates the contact an earlier row made, in a check as in the real run.
 */
export class ImportPlanner {
  private readonly touched = new Map<string, ExistingContact>();
  private readonly byDetail = new Map<string, string>();
  /** Contacts this import creates: in a check they do not exist, so their ids are not shown. */
  readonly createdIds = new Set<string>();

  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly mapper: RowMapper,
    private readonly units: ImportUnits,
    private readonly options: PlannerOptions,
  ) {}

  async plan(rows: readonly SheetRow[]): Promise<BatchPlan> {
    const mapped = rows.map((row) => ({ row: row.number, blank: this.mapper.isBlank(row.cells), result: this.mapper.read(row.cells) }));
    await this.units.load(mapped.flatMap(({ result }) => (result.ok && result.unitRef ? [result.unitRef] : [])));
    const existing = await this.existingFor(mapped.flatMap(({ result }) => (result.ok ? [result.fields] : [])));
    const batch: BatchPlan = { rows: [], creates: [], updates: [] };
    const creates = new Map<string, ContactCreate>();
    const updates = new Map<string, ContactUpdate>();
    for (const { row, result, blank } of mapped) {
      if (blank) {
        batch.rows.push({ row, outcome: 'skipped', contactId: null, errors: null });
        continue;
      }
      if (!result.ok) {
        batch.rows.push({ row, outcome: 'error', contactId: null, errors: result.errors });
        continue;
      }
      const unit = result.unitRef ? this.units.get(result.unitRef) : this.options.targetUnit;
      if (unit === null || typeof unit === 'string') {
        const key = unit === 'ambiguous' ? 'imports:error.unitAmbiguous' : unit === null ? 'imports:error.unitMissing' : 'imports:error.unitUnknown';
        batch.rows.push({ row, outcome: 'error', contactId: null, errors: [{ field: 'unit', column: this.mapper.unitColumn, i18nKey: key, params: {}, value: result.unitRef }] });
        continue;
      }
      const matches = this.options.matchMode === 'update' ? this.matchesOf(result.fields, existing) : [];
      if (matches.length > 1) {
        batch.rows.push({ row, outcome: 'error', contactId: null, errors: [{ field: 'row', column: null, i18nKey: 'imports:error.matchesSeveral', params: { count: matches.length }, value: null }] });
        continue;
      }
      if (matches.length === 0) {
        const id = randomUUID();
        creates.set(id, { id, unit, fields: result.fields });
        this.createdIds.add(id);
        this.remember({ id, version: 1, fields: result.fields });
        batch.rows.push({ row, outcome: 'created', contactId: id, errors: null });
        continue;
      }
      const current = matches[0];
      const merged = validateContactFields(mergedInput(current.fields, result.fields, result.input), this.options.today);
      if (!merged.ok) {
        batch.rows.push({ row, outcome: 'error', contactId: current.id, errors: merged.problems.map((problem) => this.mapper.rowError(problem, result.input)) });
        continue;
      }
      if (sameFields(merged.value, current.fields)) {
        batch.rows.push({ row, outcome: 'skipped', contactId: current.id, errors: null });
        continue;
      }
      // A contact made or changed earlier in this batch is written once, with its last state.
      const created = creates.get(current.id);
      // The version the one UPDATE of this batch will find: the first row's, however many rows change it.
      const expected = updates.get(current.id)?.version ?? current.version;
      if (created) created.fields = merged.value;
      else updates.set(current.id, { id: current.id, version: expected, fields: merged.value });
      this.remember({ id: current.id, version: created ? 1 : expected + 1, fields: merged.value });
      batch.rows.push({ row, outcome: 'updated', contactId: current.id, errors: null });
    }
    batch.creates = [...creates.values()];
    batch.updates = [...updates.values()];
    return batch;
  }

  /** Contacts in write scope with any of these phones or e-mails, by id and by detail; those the import holds newer are left out. */
  private async existingFor(rows: readonly ContactFields[]): Promise<Found> {
    const found: Found = { byId: new Map(), byDetail: new Map() };
    if (this.options.matchMode !== 'update') return found;
    const phones = new Set(rows.flatMap((fields) => fields.phones));
    const emails = new Set(rows.flatMap((fields) => fields.emails));
    for (const contact of await contactsWithDetails(this.em, this.viewer, [...phones], [...emails])) {
      if (this.touched.has(contact.id)) continue;
      found.byId.set(contact.id, contact);
      for (const key of detailKeys(contact.fields)) found.byDetail.set(key, [...(found.byDetail.get(key) ?? []), contact.id]);
    }
    return found;
  }

  /** The distinct contacts a row's phones and e-mails point at, in their newest known state. */
  private matchesOf(fields: ContactFields, found: Found): ExistingContact[] {
    const ids = new Set<string>();
    for (const key of detailKeys(fields)) {
      const remembered = this.byDetail.get(key);
      if (remembered) ids.add(remembered);
      for (const id of found.byDetail.get(key) ?? []) ids.add(id);
    }
    return [...ids].map((id) => this.touched.get(id) ?? found.byId.get(id)!);
  }

  private remember(contact: ExistingContact): void {
    if (this.options.matchMode !== 'update') return;
    this.touched.set(contact.id, contact);
    for (const key of detailKeys(contact.fields)) this.byDetail.set(key, contact.id);
  }
}

/**
 * An update from a row: what the row says replaces what is there, what it leaves empty stays;
 * phones, e-mails and tags are added to the contact's, after the ones it has.
 */
export function mergedInput(current: ContactFields, row: ContactFields, given: ContactFieldsInput): ContactFieldsInput {
  const merged: ContactFieldsInput = { ...current };
  for (const field of SCALARS) {
    const value = given[field];
    if (value !== null && value !== undefined && value !== '') Object.assign(merged, { [field]: row[field] });
  }
  for (const list of LISTS) merged[list] = [...current[list], ...row[list].filter((item) => !current[list].includes(item))];
  return merged;
}

function detailKeys(fields: ContactFields): string[] {
  return [...fields.phones.map((phone) => `p:${phone}`), ...fields.emails.map((email) => `e:${email}`)];
}

function sameFields(a: ContactFields, b: ContactFields): boolean {
  return SCALARS.every((field) => a[field] === b[field]) && LISTS.every((list) => a[list].length === b[list].length && a[list].every((item, i) => item === b[list][i]));
}
