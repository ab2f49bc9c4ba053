import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { isIsoDate, parseHryvnias } from '@hromada/shared';
import { detectColumns, looksLikeHeader, type ColumnChoice, type ColumnMapping, type ColumnRole } from './bank-statement.columns';

export const MAX_STATEMENT_BYTES = 5 * 1024 * 1024;
export const MAX_STATEMENT_ROWS = 10_000;
/** Banks put a title, the account and the period above the table: look this far for the header. */
const HEADER_SEARCH_ROWS = 30;

export type StatementEncoding = 'utf-8' | 'windows-1251';
export type StatementDelimiter = ';' | ',' | '\t';

/** A statement that cannot be read at all; `i18nKey` says why, for the file field. */
export class StatementUnreadable extends Error {
  constructor(readonly i18nKey: string, message: string, readonly params: Record<string, string | number> = {}) {
    super(message);
  }
}

export interface StatementRow {
  /** 1-based line of the file, for the user to find the row. */
  line: number;
  date: string | null;
  /** Negative for debits. */
  amountKopiyky: number | null;
  payer: string;
  purpose: string;
  reference: string | null;
  problem: 'dateInvalid' | 'amountInvalid' | null;
}

export interface ParsedStatement {
  encoding: StatementEncoding;
  delimiter: StatementDelimiter;
  headers: string[];
  mapping: ColumnMapping;
  rows: StatementRow[];
}

/** UTF-8 (with or without a byte order mark) when the bytes are valid UTF-8; Windows-1251 otherwise. */
export function decodeStatement(bytes: Buffer): { text: string; encoding: StatementEncoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'win1251'), encoding: 'windows-1251' };
  }
}

/** The delimiter that splits the first lines most consistently: `;` (Ukrainian exports), `,` or tab. */
export function detectDelimiter(text: string): StatementDelimiter {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, HEADER_SEARCH_ROWS);
  let best: StatementDelimiter = ';';
  let bestScore = -1;
  for (const delimiter of [';', ',', '\t'] as StatementDelimiter[]) {
    const counts = lines.map((l) => countOutsideQuotes(l, delimiter));
    const score = Math.max(0, ...counts) * 10 + counts.filter((c) => c > 0).length;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) n += 1;
  }
  return n;
}

/**
 * Reads a bank statement CSV: encoding, delimiter, the header row (searched among the first
 * lines), and each row's date, amount (credits positive), payer, purpose and reference by
 * `mapping` or, for roles it leaves out, by the header names banks use.
 */
export function parseStatement(bytes: Buffer, mapping: ColumnChoice = {}): ParsedStatement {
  if (bytes.length === 0) throw new StatementUnreadable('dues:import.error.empty', 'The file is empty');
  if (bytes.length > MAX_STATEMENT_BYTES) throw new StatementUnreadable('dues:import.error.tooLarge', 'The file is over 5 MB', { max: 5 });
  const { text, encoding } = decodeStatement(bytes);
  const delimiter = detectDelimiter(text);
  const records = readRecords(text, delimiter);
  const headerIndex = records.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => looksLikeHeader(r.cells));
  if (headerIndex < 0) throw new StatementUnreadable('dues:import.error.noHeader', 'No header row with a date and an amount column');
  const headers = records[headerIndex].cells;
  const columns = resolveMapping(headers, mapping);
  const body = records.slice(headerIndex + 1);
  if (body.length > MAX_STATEMENT_ROWS) throw new StatementUnreadable('dues:import.error.tooManyRows', 'Too many rows', { max: MAX_STATEMENT_ROWS });
  const at = (role: ColumnRole) => (columns[role] === null ? -1 : headers.indexOf(columns[role]));
  const index = { date: at('date'), amount: at('amount'), payer: at('payer'), purpose: at('purpose'), reference: at('reference') };
  const rows = body
    .map(({ cells, line }): StatementRow => {
      const cell = (k: number) => (k >= 0 ? (cells[k] ?? '').trim() : '');
      const date = parseStatementDate(cell(index.date));
      const amountKopiyky = parseHryvnias(cell(index.amount), { allowSign: true });
      return {
        line,
        date,
        amountKopiyky,
        payer: cell(index.payer),
        purpose: cell(index.purpose),
        reference: cell(index.reference) || null,
        problem: date === null ? 'dateInvalid' : amountKopiyky === null ? 'amountInvalid' : null,
      };
    })
    // Totals and signatures under the table: rows with neither a date nor an amount.
    .filter((row) => !(row.date === null && row.amountKopiyky === null));
  return { encoding, delimiter, headers, mapping: columns, rows };
}

/** The records with the file line each ends on (a quoted value may span lines). */
function readRecords(text: string, delimiter: StatementDelimiter): { cells: string[]; line: number }[] {
  try {
    const records = parse(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ cells: r.record, line: r.info.lines }));
  } catch (error) {
    throw new StatementUnreadable('dues:import.error.malformed', error instanceof Error ? error.message : 'Not a CSV file');
  }
}

function resolveMapping(headers: string[], given: ColumnChoice): ColumnMapping {
  const detected = detectColumns(headers);
  const pick = (role: ColumnRole): string | null => {
    const name = given[role];
    if (name === undefined || name === null || name === '') return detected[role] ?? null;
    if (!headers.includes(name)) throw new StatementUnreadable('dues:import.error.columnMissing', `No column "${name}"`, { column: name });
    return name;
  };
  const date = pick('date');
  const amount = pick('amount');
  if (date === null || amount === null) throw new StatementUnreadable('dues:import.error.noHeader', 'No date or amount column');
  return { date, amount, payer: pick('payer'), purpose: pick('purpose'), reference: pick('reference') };
}

/** 'DD.MM.YYYY', 'DD.MM.YY', 'DD/MM/YYYY' or 'YYYY-MM-DD', with or without a time after it. */
export function parseStatementDate(text: string): string | null {
  let match = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})(\D|$)/.exec(text);
  let iso: string | null = null;
  if (match) {
    const year = match[3].length === 2 ? `20${match[3]}` : match[3];
    iso = `${year}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  } else if ((match = /^(\d{4})-(\d{2})-(\d{2})(\D|$)/.exec(text))) {
    iso = `${match[1]}-${match[2]}-${match[3]}`;
  }
  return iso !== null && isIsoDate(iso) ? iso : null;
}
