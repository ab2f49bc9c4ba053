import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CsvWriter, csvField, kopiykyText } from './csv-writer';
import type { ExportColumn } from './export-columns';

describe('csvField', () => {
  it('leaves plain text alone and quotes separators, quotes, line breaks and edge spaces', () => {
    expect(csvField('Шевченко', 'text')).toBe('Шевченко');
    expect(csvField('А; Б', 'text')).toBe('"А; Б"');
    expect(csvField('say "hi"', 'text')).toBe('"say ""hi"""');
    expect(csvField('a\nb', 'text')).toBe('"a\nb"');
    expect(csvField(' x', 'text')).toBe('" x"');
    expect(csvField(null, 'text')).toBe('');
  });

  it('keeps cells Excel would run as formulas as text', () => {
    expect(csvField('=1+1', 'text')).toBe("'=1+1");
    expect(csvField('+380671234567', 'text')).toBe("'+380671234567");
    expect(csvField('-5', 'text')).toBe("'-5");
    expect(csvField('@SUM(A1)', 'text')).toBe("'@SUM(A1)");
  });

  it('writes money as hryvnias with a decimal comma, never guarded', () => {
    expect(csvField('-15050', 'money')).toBe('-150,50');
    expect(kopiykyText('5')).toBe('0,05');
    expect(kopiykyText('0')).toBe('0,00');
    expect(kopiykyText('123456789')).toBe('1234567,89');
  });
});

describe('CsvWriter', () => {
  it('starts with a byte-order mark and ends lines with CRLF', async () => {
    const chunks: Buffer[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => { chunks.push(Buffer.from(chunk)); done(); } });
    const columns = [{ key: 'lastName', type: 'text' }, { key: 'duesBalance', type: 'money' }] as ExportColumn[];
    const writer = new CsvWriter(sink);
    await writer.start(['Прізвище', 'Баланс'], columns);
    writer.row(['Бондар', '-100']);
    await writer.end();
    expect(Buffer.concat(chunks).toString('utf8')).toBe('\uFEFFПрізвище;Баланс\r\nБондар;-1,00\r\n');
  });
});
