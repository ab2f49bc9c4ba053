import { describe, expect, it } from 'vitest';
import { normalizePhone } from '@hromada/shared';
import { cellText, parseContactKind, parseDate, parseGender, phoneText, splitFullName, splitList } from './import-values';

const TODAY = '2026-11-23';

describe('parseDate', () => {
  it('reads the Ukrainian day-first forms and ISO', () => {
    expect(parseDate('05.03.1985', TODAY)).toEqual({ value: '1985-03-05' });
    expect(parseDate('5.3.1985', TODAY)).toEqual({ value: '1985-03-05' });
    expect(parseDate('05/03/1985', TODAY)).toEqual({ value: '1985-03-05' });
    expect(parseDate('1985-03-05', TODAY)).toEqual({ value: '1985-03-05' });
    expect(parseDate('1985.03.05', TODAY)).toEqual({ value: '1985-03-05' });
    expect(parseDate('05.03.1985 0:00:00', TODAY)).toEqual({ value: '1985-03-05' });
  });

  it('puts a two-digit year in the last hundred years', () => {
    expect(parseDate('05.03.85', TODAY)).toEqual({ value: '1985-03-05' });
    expect(parseDate('05.03.19', TODAY)).toEqual({ value: '2019-03-05' });
    expect(parseDate('05.03.27', TODAY)).toEqual({ value: '1927-03-05' });
  });

  it('reads Excel dates and day numbers', () => {
    expect(parseDate(new Date(Date.UTC(1990, 6, 1)), TODAY)).toEqual({ value: '1990-07-01' });
    expect(parseDate(32874, TODAY)).toEqual({ value: '1990-01-01' });
    expect(parseDate(-5, TODAY)).toEqual({ invalid: true });
  });

  it('leaves empty cells empty and refuses what is not a real date', () => {
    expect(parseDate('  ', TODAY)).toEqual({ value: null });
    expect(parseDate(null, TODAY)).toEqual({ value: null });
    expect(parseDate('31.02.1990', TODAY)).toEqual({ invalid: true });
    expect(parseDate('вчора', TODAY)).toEqual({ invalid: true });
    expect(parseDate('1990', TODAY)).toEqual({ invalid: true });
  });
});

describe('parseGender', () => {
  it('reads ч/ж, м/ж, m/f and whole words in either language', () => {
    for (const male of ['ч', 'Ч.', 'чоловіча', 'м', 'M', 'male', 'Чоловік']) expect(parseGender(male)).toEqual({ value: 'male' });
    for (const female of ['ж', 'Ж', 'жін.', 'жіноча', 'F', 'Female', 'жінка']) expect(parseGender(female)).toEqual({ value: 'female' });
    expect(parseGender('')).toEqual({ value: null });
    expect(parseGender('x')).toEqual({ invalid: true });
  });
});

describe('parseContactKind', () => {
  it('reads the kinds in Ukrainian and English', () => {
    expect(parseContactKind('Волонтер')).toEqual({ value: 'volunteer' });
    expect(parseContactKind('member')).toEqual({ value: 'member' });
    expect(parseContactKind('ORGANIZATION')).toEqual({ value: 'organization' });
    expect(parseContactKind('хтось')).toEqual({ invalid: true });
  });
});

describe('splitFullName', () => {
  it('splits "Прізвище Ім\'я По батькові"', () => {
    expect(splitFullName("Шевченко Тарас Григорович")).toEqual({ lastName: 'Шевченко', firstName: 'Тарас', patronymic: 'Григорович' });
    expect(splitFullName('  Косач   Лариса ')).toEqual({ lastName: 'Косач', firstName: 'Лариса', patronymic: null });
    expect(splitFullName("Квітка-Основ'яненко Григорій Федорович")).toMatchObject({ lastName: "Квітка-Основ'яненко" });
  });

  it('recognizes "Ім\'я По батькові Прізвище" and "Прізвище, Ім\'я"', () => {
    expect(splitFullName('Тарас Григорович Шевченко')).toEqual({ lastName: 'Шевченко', firstName: 'Тарас', patronymic: 'Григорович' });
    expect(splitFullName('Українка, Леся')).toEqual({ lastName: 'Українка', firstName: 'Леся', patronymic: null });
  });

  it('leaves the first name empty for one word, so the row reports it', () => {
    expect(splitFullName('Шевченко')).toEqual({ lastName: 'Шевченко', firstName: null, patronymic: null });
    expect(splitFullName('')).toEqual({ lastName: null, firstName: null, patronymic: null });
  });
});

describe('cells and lists', () => {
  it('shows cells as a spreadsheet does', () => {
    expect(cellText(380671234567)).toBe('380671234567');
    expect(cellText(new Date(Date.UTC(1980, 0, 2)))).toBe('1980-01-02');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(null)).toBe('');
  });

  it('splits several values in one cell', () => {
    expect(splitList('067 123 45 67, 050 765 43 21')).toEqual(['067 123 45 67', '050 765 43 21']);
    expect(splitList('a; b\nc,,')).toEqual(['a', 'b', 'c']);
  });

  it('gives a bare international number its plus back, so a number cell reads as a phone', () => {
    expect(normalizePhone(phoneText('380671234567'))).toBe('+380671234567');
    expect(normalizePhone(phoneText('0671234567'))).toBe('+380671234567');
    expect(phoneText('48512345678')).toBe('+48512345678');
    expect(normalizePhone(phoneText('48512345678'))).toBe('+48512345678');
  });
});
