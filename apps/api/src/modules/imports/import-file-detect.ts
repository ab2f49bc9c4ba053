import iconv from 'iconv-lite';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportFormat = 'csv' | 'xlsx';
export type CsvEncoding = 'utf-8' | 'windows-1251';
export type CsvDelimiter = ';' | ',' | '\t';

export type DetectedFile =
  | { format: 'xlsx' }
  | { format: 'csv'; encoding: CsvEncoding; delimiter: CsvDelimiter; text: string };

/** A file refused before anything is stored; the i18n key says why, in the user's language. */
export class ImportFileRefused extends Error {
  constructor(
    readonly i18nKey: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`Import file refused: ${i18nKey}`);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Formats people upload by mistake: PDF, PNG, JPEG, GIF, old binary Office (.xls, .doc), RTF. */
const NOT_TABLES = [[0x25, 0x50, 0x44, 0x46], [0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], [0x47, 0x49, 0x46, 0x38], [0xd0, 0xcf, 0x11, 0xe0], [0x7b, 0x5c, 0x72, 0x74, 0x66]];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte);

/**
 * What an uploaded file is: XLSX (a zip named .xlsx), or CSV text in UTF-8 (with or without
 * BOM) or, failing that, Windows-1251, with `;`, `,` or tab between columns. Anything else is
 * refused: other binary formats, empty files, text without a header row, text that is neither.
 */
export function detectImportFile(bytes: Uint8Array, fileName: string): DetectedFile {
  if (bytes.length === 0) throw new ImportFileRefused('imports:error.fileEmpty');
  if (startsWith(bytes, ZIP)) {
    if (/\.xlsx$/i.test(fileName.trim())) return { format: 'xlsx' };
    throw new ImportFileRefused('imports:error.wrongType');
  }
  if (NOT_TABLES.some((signature) => startsWith(bytes, signature)) || bytes.subarray(0, 8192).includes(0)) {
    throw new ImportFileRefused('imports:error.wrongType');
  }
  const { text, encoding } = decodeText(bytes);
  const header = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '');
  if (header === undefined) throw new ImportFileRefused('imports:error.fileEmpty');
  const delimiter = detectDelimiter(header);
  if (!delimiter) throw new ImportFileRefused('imports:error.noHeader');
  return { format: 'csv', encoding, delimiter, text };
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1251 when that reads as plausible text. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    const text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'windows-1251');
    if (!isPlausibleText(text)) throw new ImportFileRefused('imports:error.brokenEncoding');
    return { text, encoding: 'windows-1251' };
  }
}

/**
 * Letters (Cyrillic of Ukrainian and Russian, Latin), digits, spacing, ASCII punctuation and
 * the typography of office documents. UTF-8 misread as Windows-1251 turns every other letter
 * into µ, ‡, ѕ, Ђ …, which are not here.
 */
const PLAUSIBLE = /[\p{Script=Latin}\u0410-\u044F\u0401\u0451\u0404\u0454\u0406\u0456\u0407\u0457\u0490\u0491\u040E\u045E\d\s!-/:-@[-`{-~«»—–’‘“”„…№·§©®°±]/u;

/** Whether decoded text reads as text: at most one odd character in a hundred (and never more than two in a short file). */
export function isPlausibleText(text: string): boolean {
  let odd = 0;
  let total = 0;
  for (const char of text) {
    total += 1;
    if (!PLAUSIBLE.test(char)) odd += 1;
  }
  return odd <= Math.max(2, total / 100);
}

/** The separator of the header line: the most frequent of `;`, `,` and tab outside quotes; none when there is none. */
export function detectDelimiter(headerLine: string): CsvDelimiter | null {
  const counts: Record<CsvDelimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ';' || char === ',' || char === '\t')) counts[char] += 1;
  }
  const [best, count] = (Object.entries(counts) as [CsvDelimiter, number][]).sort((a, b) => b[1] - a[1])[0];
  return count > 0 ? best : null;
}
