import type { Writable } from 'node:stream';
import type { ExportCellType, ExportColumn } from './export-columns';
import type { ExportWriter } from './export-writer';
import { writeChunk } from './sink';

/**
 * CSV for Excel as Ukrainian offices run it: UTF-8 with a byte-order mark (without it Excel
 * reads UTF-8 as Windows-1251), `;` between fields and a decimal comma (the list separator
 * and decimal mark of the uk-UA regional settings, where a `,` CSV opens as one column),
 * CRLF line ends, RFC 4180 quoting.
 */
export const CSV_DELIMITER = ';';
const BOM = '\uFEFF';
const NEEDS_QUOTES = /[";\r\n]|^\s|\s$/;
/** Cells Excel would run as a formula (CSV injection): shown as text with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | null, type: ExportCellType): string {
  if (value === null || value === '') return '';
  const text = type === 'money' ? kopiykyText(value) : type === 'text' && FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Kopiyky as hryvnias with a decimal comma: -15050 → "-150,50". */
export function kopiykyText(kopiyky: string): string {
  const negative = kopiyky.startsWith('-');
  const digits = (negative ? kopiyky.slice(1) : kopiyky).padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)},${digits.slice(-2)}`;
}

export class CsvWriter implements ExportWriter {
  private columns: readonly ExportColumn[] = [];
  private pending: string[] = [];

  constructor(private readonly sink: Writable) {}

  async start(headers: readonly string[], columns: readonly ExportColumn[]): Promise<void> {
    this.columns = columns;
    await writeChunk(this.sink, `${BOM}${headers.map((h) => csvField(h, 'text')).join(CSV_DELIMITER)}\r\n`);
  }

  row(values: readonly (string | null)[]): void {
    this.pending.push(`${values.map((v, i) => csvField(v, this.columns[i].type)).join(CSV_DELIMITER)}\r\n`);
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    await writeChunk(this.sink, chunk);
  }

  async end(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve) => this.sink.end(resolve));
  }
}
