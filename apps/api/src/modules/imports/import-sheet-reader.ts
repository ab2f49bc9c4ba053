import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { ImportFileRefused, type CsvDelimiter, type CsvEncoding, type ImportFormat } from './import-file-detect';
import { cellText, type Cell } from './import-values';

/** A stored import file, as the readers need it. */
export interface SheetSource {
  format: ImportFormat;
  encoding: CsvEncoding | null;
  delimiter: CsvDelimiter | null;
  bytes: Buffer;
}

/** One row of the sheet; `number` is the row number a spreadsheet shows (the header is usually 1). */
export interface SheetRow {
  number: number;
  cells: Cell[];
}

export const MAX_COLUMNS = 100;
const SAMPLE_ROWS = 5;

export interface SheetSummary {
  headers: string[];
  sample: string[][];
  /** Rows with anything in them below the header. */
  rowCount: number;
}

/** Reads the whole file once: its header, the first rows and how many rows it has. Refuses an unreadable one. */
export async function summarizeSheet(source: SheetSource): Promise<SheetSummary> {
  let headers: string[] | null = null;
  const sample: string[][] = [];
  let rowCount = 0;
  for await (const row of readSheet(source)) {
    if (headers === null) {
      headers = row.cells.map(cellText).map((text) => text.trim());
      continue;
    }
    rowCount += 1;
    if (sample.length < SAMPLE_ROWS) sample.push(headers.map((_, i) => cellText(row.cells[i] ?? null).trim()));
  }
  if (headers === null) throw new ImportFileRefused('imports:error.fileEmpty');
  if (rowCount === 0) throw new ImportFileRefused('imports:error.noRows');
  return { headers, sample, rowCount };
}

/**
 * The header row, then every row below it that has something in it, cut to the header's
 * width. The header is the first row that is not empty; its trailing empty cells are dropped.
 */
export async function* readSheet(source: SheetSource): AsyncGenerator<SheetRow> {
  let width = 0;
  for await (const row of source.format === 'xlsx' ? xlsxRows(source.bytes) : csvRows(source)) {
    const blank = row.cells.every((cell) => cellText(cell).trim() === '');
    if (blank) continue;
    if (width === 0) {
      width = row.cells.reduce<number>((last, cell, i) => (cellText(cell).trim() === '' ? last : i + 1), 0);
      if (width < 2) throw new ImportFileRefused('imports:error.noHeader');
      if (width > MAX_COLUMNS) throw new ImportFileRefused('imports:error.tooManyColumns', { max: MAX_COLUMNS });
    }
    yield { number: row.number, cells: Array.from({ length: width }, (_, i) => row.cells[i] ?? null) };
  }
}

async function* csvRows(source: SheetSource): AsyncGenerator<SheetRow> {
  const parser = Readable.from([decodeCsv(source)]).pipe(
    parse({ delimiter: source.delimiter ?? ';', relax_column_count: true, relax_quotes: true, skip_empty_lines: false }),
  );
  let number = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number += 1;
      yield { number, cells: record };
    }
  } catch (error) {
    // An unclosed quote and the like: say where, not how the parser names it.
    if ((error as { code?: unknown }).code?.toString().startsWith('CSV_')) {
      throw new ImportFileRefused('imports:error.csvBroken', { row: number + 1 });
    }
    throw error;
  }
}

function decodeCsv(source: SheetSource): string {
  if (source.encoding === 'windows-1251') return iconv.decode(source.bytes, 'windows-1251');
  const text = source.bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * exceljs 4.4's streaming reader now and then loses the last entry of the zip (exceljs#3064:
 * `xl/workbook.xml`, which its own writer puts last) and fails as it opens the worksheet, or
 * would leave shared strings unresolved. Those failures come before the first row, and reading
 * the same bytes again succeeds: a few attempts, then the file is refused.
 */
const XLSX_ATTEMPTS = 3;

/** The first worksheet, streamed: a 100K-row file is never held as a workbook. */
async function* xlsxRows(bytes: Buffer): AsyncGenerator<SheetRow> {
  for (let attempt = 1; ; attempt += 1) {
    let yielded = false;
    try {
      for await (const row of firstWorksheet(bytes)) {
        yielded = true;
        yield row;
      }
      return;
    } catch (error) {
      if (error instanceof ImportFileRefused) throw error;
      // Not a workbook after all (another zip named .xlsx, a damaged file), or still failing.
      if (yielded || attempt >= XLSX_ATTEMPTS) throw new ImportFileRefused('imports:error.wrongType');
    }
  }
}

async function* firstWorksheet(bytes: Buffer): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = row.values as unknown[];
      yield { number: row.number, cells: values.slice(1).map(xlsxCell) };
    }
    return;
  }
  throw new Error('xlsx without a worksheet');
}

/** A cell value of exceljs as a plain cell: rich text joined, formulas as their results, links as their text. */
function xlsxCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  // A shared string left unresolved: the reader lost the strings table (see XLSX_ATTEMPTS).
  if ('sharedString' in value) throw new Error('xlsx shared strings were not read');
  const object = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
  if (Array.isArray(object.richText)) return object.richText.map((part) => part.text).join('');
  if ('result' in object) return xlsxCell(object.result);
  if (typeof object.text === 'string') return object.text;
  return null;
}
