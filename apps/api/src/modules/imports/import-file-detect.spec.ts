import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, detectImportFile, ImportFileRefused, isPlausibleText } from './import-file-detect';

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportFileRefused) return error.i18nKey;
    throw error;
  }
  throw new Error('not refused');
};

const CSV_UK = "Прізвище;Ім'я;Телефон\r\nШевченко;Тарас;067 123 45 67\r\nҐонта;Їжак;050 111 22 33\r\n";

describe('detectImportFile', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = detectImportFile(Buffer.from(CSV_UK, 'utf8'), 'people.csv');
    expect(plain).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';' });
    const withBom = detectImportFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV_UK, 'utf8')]), 'people.csv');
    expect(withBom).toMatchObject({ format: 'csv', encoding: 'utf-8' });
    expect(withBom.format === 'csv' && withBom.text.startsWith('Прізвище')).toBe(true);
  });

  it('falls back to Windows-1251 for legacy Excel CSV, Ukrainian letters intact', () => {
    const detected = detectImportFile(iconv.encode(CSV_UK, 'windows-1251'), 'people.csv');
    expect(detected).toMatchObject({ format: 'csv', encoding: 'windows-1251', delimiter: ';' });
    expect(detected.format === 'csv' && detected.text).toContain('Ґонта;Їжак');
  });

  it('takes a zip named .xlsx as XLSX, by content not by name', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(detectImportFile(zip, 'Contacts.XLSX')).toEqual({ format: 'xlsx' });
    expect(refusal(() => detectImportFile(zip, 'letter.docx'))).toBe('imports:error.wrongType');
    expect(detectImportFile(Buffer.from(CSV_UK), 'people.xlsx')).toMatchObject({ format: 'csv', encoding: 'utf-8' });
  });

  it('refuses PDF, images, old .xls, binary and empty files as the wrong type', () => {
    const pdf = Buffer.from('%PDF-1.7\n…');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const binary = Buffer.from([0x41, 0x3b, 0x42, 0x00, 0x01, 0x02]);
    for (const bytes of [pdf, png, jpeg, xls, binary]) expect(refusal(() => detectImportFile(bytes, 'file.csv'))).toBe('imports:error.wrongType');
    expect(refusal(() => detectImportFile(Buffer.alloc(0), 'empty.csv'))).toBe('imports:error.fileEmpty');
    expect(refusal(() => detectImportFile(Buffer.from('\r\n  \r\n'), 'blank.csv'))).toBe('imports:error.fileEmpty');
  });

  it('refuses text without a header of columns', () => {
    expect(refusal(() => detectImportFile(Buffer.from('Just a letter to the branch\nthanks'), 'note.txt'))).toBe('imports:error.noHeader');
  });

  it('refuses UTF-8 that is broken (mojibake when read as Windows-1251)', () => {
    const utf8 = Buffer.from('Прізвище;Ім’я\nШевченко;Тарас\nКоваленко;Олена\n', 'utf8');
    const broken = Buffer.concat([utf8, Buffer.from([0xd0])]);
    expect(refusal(() => detectImportFile(broken, 'people.csv'))).toBe('imports:error.brokenEncoding');
  });
});

describe('decodeText and isPlausibleText', () => {
  it('accepts office typography and refuses control characters', () => {
    expect(isPlausibleText('«Громада» — осередок № 5, 2024 р.; “quotes” … ’')).toBe(true);
    expect(isPlausibleText('a\u0001b\u0002c\u0003d\u0004')).toBe(false);
  });

  it('decodes 1251 bytes that are not UTF-8', () => {
    expect(decodeText(iconv.encode('Євген;Ярема', 'windows-1251'))).toEqual({ text: 'Євген;Ярема', encoding: 'windows-1251' });
  });
});

describe('detectDelimiter', () => {
  it('picks the most frequent separator outside quotes', () => {
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"Last, first";phone;email')).toBe(';');
    expect(detectDelimiter('name')).toBeNull();
  });
});
