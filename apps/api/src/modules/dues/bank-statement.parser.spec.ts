import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectColumns } from './bank-statement.columns';
import { rowKeys } from './bank-statement.matcher';
import { decodeStatement, detectDelimiter, MAX_STATEMENT_BYTES, parseStatement, parseStatementDate, StatementUnreadable } from './bank-statement.parser';

describe('decodeStatement', () => {
  it('takes valid UTF-8 as it is, a byte order mark dropped', () => {
    expect(decodeStatement(Buffer.from('\uFEFFДата;Сума', 'utf8'))).toEqual({ text: 'Дата;Сума', encoding: 'utf-8' });
  });

  it('reads anything else as Windows-1251', () => {
    expect(decodeStatement(iconv.encode('Призначення платежу: внесок', 'win1251'))).toEqual({ text: 'Призначення платежу: внесок', encoding: 'windows-1251' });
  });
});

describe('detectDelimiter', () => {
  it('picks the delimiter that splits the lines, ignoring ones inside quotes', () => {
    expect(detectDelimiter('Дата;Сума;Опис\n01.03.2026;"1,5";"а, б"')).toBe(';');
    expect(detectDelimiter('Date,Amount,Description\n2026-03-01,1.5,"a; b"')).toBe(',');
    expect(detectDelimiter('Date\tAmount\n2026-03-01\t1.5')).toBe('\t');
  });
});

describe('detectColumns', () => {
  it('recognizes monobank, PrivatBank and English headers', () => {
    expect(detectColumns(['Дата i час операції', 'Деталі операції', 'MCC', 'Сума в валюті картки (UAH)', 'Сума в валюті операції'])).toEqual({
      date: 'Дата i час операції',
      amount: 'Сума в валюті картки (UAH)',
      purpose: 'Деталі операції',
    });
    expect(detectColumns(['Дата проводки', 'Сума', 'Валюта', 'Призначення платежу', 'Контрагент', 'Номер документа'])).toEqual({
      date: 'Дата проводки',
      amount: 'Сума',
      purpose: 'Призначення платежу',
      payer: 'Контрагент',
      reference: 'Номер документа',
    });
    expect(detectColumns(['Booking date', 'Amount', 'Counterparty', 'Description', 'Reference'])).toMatchObject({ date: 'Booking date', amount: 'Amount', payer: 'Counterparty', purpose: 'Description', reference: 'Reference' });
  });
});

describe('parseStatementDate', () => {
  it('reads the day-first forms banks export, with or without a time', () => {
    expect(parseStatementDate('05.03.2026')).toBe('2026-03-05');
    expect(parseStatementDate('5.3.26 10:15:00')).toBe('2026-03-05');
    expect(parseStatementDate('05/03/2026')).toBe('2026-03-05');
    expect(parseStatementDate('2026-03-05T10:00')).toBe('2026-03-05');
  });

  it('refuses dates that do not exist', () => {
    for (const text of ['31.02.2026', '2026-13-01', 'вчора', '']) expect(parseStatementDate(text), text).toBeNull();
  });
});

describe('parseStatement', () => {
  it('finds the header below a title and keeps file line numbers', () => {
    const parsed = parseStatement(Buffer.from('Виписка\n\nДата;Сума;Призначення\n01.03.2026;10,00;Внесок\n\n02.03.2026;-5;Комісія\n'));
    expect(parsed.rows.map((r) => [r.line, r.date, r.amountKopiyky, r.purpose])).toEqual([
      [4, '2026-03-01', 1000, 'Внесок'],
      [6, '2026-03-02', -500, 'Комісія'],
    ]);
  });

  it('refuses a file over 5 MB', () => {
    expect(() => parseStatement(Buffer.alloc(MAX_STATEMENT_BYTES + 1, 32))).toThrow(StatementUnreadable);
  });
});

describe('rowKeys', () => {
  it('finds card numbers, phones in any common form and e-mails in the purpose', () => {
    const keys = rowKeys('Внесок за квиток № ua-123, тел. (067) 123-45-67, e-mail Taras.Shevchenko@UKR.NET дякую');
    expect(keys.cards).toContain('UA-123');
    expect(keys.cards).toContain('ua-123');
    expect(keys.phones).toEqual(['+380671234567']);
    expect(keys.emails).toEqual(['taras.shevchenko@ukr.net']);
  });
});
