import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DUES_LIMITS } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { execute, pgArray } from '../../platform/db/sql';
import { unauthenticated, ValidationFailed } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/graphql/ids';
import type { ColumnChoice, ColumnMapping } from './bank-statement.columns';
import { matchRows, recordedLines, type MatchedBy } from './bank-statement.matcher';
import { parseStatement, StatementUnreadable, type ParsedStatement, type StatementRow } from './bank-statement.parser';
import { duesCovers } from './dues-access';

export type RowStatus = 'matched' | 'unmatched' | 'duplicate' | 'debit' | 'invalid' | 'excluded';

export interface BankImportRequest {
  contentBase64: string;
  fileName?: string | null;
  mapping?: ColumnChoice | null;
  /** True: only read and match, change nothing. False: record the matched rows. */
  dryRun: boolean;
  /** Contacts the user chose for rows (unmatched ones, or to correct a match). */
  manualMatches?: { line: number; contactId: string }[] | null;
  /** Rows the user chose not to import. */
  excludedLines?: number[] | null;
}

export interface StatementRowResult extends StatementRow {
  status: RowStatus;
  matchedBy: MatchedBy | null;
  contactId: string | null;
  /** Why a row is not imported, as an i18n key. */
  reason: string | null;
}

export interface BankImportResult {
  encoding: string;
  delimiter: string;
  headers: string[];
  mapping: ColumnMapping;
  rows: StatementRowResult[];
  bankImportId: string | null;
  paymentsCreated: number;
  importedKopiyky: number;
}

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

/**
 * Bank statement import: a dry run reads, matches and reports every row; a commit does the
 * same again (the file travels both times, so nothing is kept between them) and records the
 * matched rows as bank-transfer payments in one transaction with a bank_import record,
 * timeline entries and an audit row. Rows already recorded are skipped, so a second commit
 * of the same file records nothing.
 */
export class BankImportService {
  constructor(private readonly ctx: GraphQLContext) {}

  async run(request: BankImportRequest): Promise<BankImportResult> {
    if (!this.ctx.viewer) throw unauthenticated();
    const parsed = this.parse(request);
    const rows = await this.classify(parsed.rows, request);
    const toImport = rows.filter((r) => r.status === 'matched');
    const importedKopiyky = toImport.reduce((sum, r) => sum + (r.amountKopiyky ?? 0), 0);
    const base = { encoding: parsed.encoding, delimiter: parsed.delimiter, headers: parsed.headers, mapping: parsed.mapping, rows, importedKopiyky };
    if (request.dryRun || toImport.length === 0) return { ...base, bankImportId: null, paymentsCreated: 0 };
    const bankImportId = await this.commit(parsed, toImport, request.fileName ?? null, importedKopiyky);
    return { ...base, bankImportId, paymentsCreated: toImport.length };
  }

  private parse(request: BankImportRequest): ParsedStatement {
    if (!BASE64.test(request.contentBase64)) throw new ValidationFailed([{ field: 'file', i18nKey: 'dues:import.error.notBase64' }]);
    try {
      return parseStatement(Buffer.from(request.contentBase64, 'base64'), request.mapping ?? {});
    } catch (error) {
      if (error instanceof StatementUnreadable) throw new ValidationFailed([{ field: 'file', i18nKey: error.i18nKey, params: error.params }]);
      throw error;
    }
  }

  private async classify(rows: StatementRow[], request: BankImportRequest): Promise<StatementRowResult[]> {
    const credits = rows.filter((r) => r.problem === null && (r.amountKopiyky ?? 0) > 0);
    const [matches, recorded, manual] = await Promise.all([
      matchRows(this.ctx.em, this.ctx.viewer, new Map(credits.map((r) => [r.line, `${r.payer} ${r.purpose}`]))),
      recordedLines(this.ctx.em, credits.map((r) => ({ line: r.line, date: r.date!, amountKopiyky: r.amountKopiyky!, reference: storedReference(r) }))),
      this.manualMatches(request.manualMatches ?? []),
    ]);
    const excluded = new Set(request.excludedLines ?? []);
    return rows.map((row): StatementRowResult => {
      const result = (status: RowStatus, reason: string | null, contactId: string | null = null, matchedBy: MatchedBy | null = null) => ({ ...row, status, reason, contactId, matchedBy });
      if (row.problem) return result('invalid', `dues:import.reason.${row.problem}`);
      if ((row.amountKopiyky ?? 0) <= 0) return result('debit', 'dues:import.reason.debit');
      if (row.amountKopiyky! > DUES_LIMITS.maxAmountKopiyky) return result('invalid', 'dues:import.reason.amountTooLarge');
      if (recorded.has(row.line)) return result('duplicate', 'dues:import.reason.duplicate');
      if (excluded.has(row.line)) return result('excluded', 'dues:import.reason.excluded');
      const chosen = manual.get(row.line);
      if (chosen === null) return result('unmatched', 'dues:import.reason.notWritable');
      if (chosen) return result('matched', null, chosen, 'manual');
      const match = matches.get(row.line);
      if (match?.contactId) return result('matched', null, match.contactId, match.matchedBy);
      return result('unmatched', match?.ambiguous ? 'dues:import.reason.ambiguous' : 'dues:import.reason.noMatch');
    });
  }

  /** The contacts chosen by hand, by line; null where the viewer may not record dues for the contact. */
  private async manualMatches(choices: { line: number; contactId: string }[]): Promise<Map<number, string | null>> {
    const contacts = await Promise.all(choices.map((c) => (isUuid(c.contactId) ? this.ctx.loaders.contacts.byId.load(c.contactId) : null)));
    return new Map(choices.map((c, i) => [c.line, contacts[i] && duesCovers(this.ctx.viewer, 'write', contacts[i]) ? contacts[i].id : null]));
  }

  private async commit(parsed: ParsedStatement, rows: StatementRowResult[], fileName: string | null, amount: number): Promise<string> {
    const viewer = this.ctx.viewer!;
    const id = randomUUID();
    await this.ctx.em.transactional(async (em) => {
      await execute(
        em,
        'insert into bank_import (id, file_name, encoding, rows_total, payments_created, amount_kopiyky, created_by) values (?, ?, ?, ?, ?, ?, ?)',
        [id, fileName?.slice(0, 255) ?? null, parsed.encoding, parsed.rows.length, rows.length, amount, viewer.userId],
      );
      const paymentIds = await insertPayments(em, id, viewer.userId, rows);
      audit(em, {
        actorUserId: viewer.userId,
        operation: 'dues.bankImport.commit',
        recordType: 'BankImport',
        recordId: id,
        after: { fileName, encoding: parsed.encoding, rows: parsed.rows.length, payments: paymentIds.length, amountKopiyky: amount, paymentIds },
      }, this.ctx);
    });
    return id;
  }
}

/** The reference a payment from this row keeps: the bank's document number, else the purpose text. */
function storedReference(row: StatementRow): string | null {
  return (row.reference ?? row.purpose).slice(0, DUES_LIMITS.reference) || null;
}

/**
 * Balances first (one update, summed per contact: the lock order of every dues writer), then
 * the payments and their timeline entries in one statement.
 */
async function insertPayments(em: EntityManager, bankImportId: string, userId: string, rows: StatementRowResult[]): Promise<string[]> {
  const contactIds = pgArray(rows.map((r) => r.contactId));
  const amounts = pgArray(rows.map((r) => r.amountKopiyky));
  await execute(
    em,
    `update contact c set dues_balance = c.dues_balance + d.total
       from (select id, sum(amount) as total from unnest(?::uuid[], ?::bigint[]) as x (id, amount) group by id) d
      where c.id = d.id`,
    [contactIds, amounts],
  );
  const inserted = await execute<{ id: string }>(
    em,
    `with ins as (
       insert into dues_payment (id, contact_id, org_unit_id, org_path, amount_kopiyky, method, paid_on, reference, note, bank_import_id, created_by)
       select gen_random_uuid(), x.contact_id, c.org_unit_id, c.org_path, x.amount, 'bank_transfer', x.day, x.reference, x.payer, ?, ?
         from unnest(?::uuid[], ?::bigint[], ?::date[], ?::text[], ?::text[]) as x (contact_id, amount, day, reference, payer)
         join contact c on c.id = x.contact_id
       returning id, contact_id, amount_kopiyky, paid_on
     ), timeline as (
       insert into contact_activity (id, contact_id, kind, occurred_at, actor_user_id, payload)
       select gen_random_uuid(), contact_id, 'paid', now(), ?,
              jsonb_build_object('amountKopiyky', amount_kopiyky, 'method', 'bank_transfer', 'purpose', 'dues', 'paidOn', paid_on, 'bankImportId', ?::text)
         from ins
     )
     select id from ins`,
    [
      bankImportId,
      userId,
      contactIds,
      amounts,
      pgArray(rows.map((r) => r.date)),
      pgArray(rows.map(storedReference)),
      pgArray(rows.map((r) => r.payer.slice(0, DUES_LIMITS.note) || null)),
      userId,
      bankImportId,
    ],
  );
  return inserted.map((r) => r.id);
}
