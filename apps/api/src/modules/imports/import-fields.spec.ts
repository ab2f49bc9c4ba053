import { describe, expect, it } from 'vitest';
import { foldHeader, headerSignature, mappingProblems, suggestMapping } from './import-fields';
import { RowMapper } from './import-row-mapper';

describe('suggestMapping', () => {
  it('recognizes Ukrainian headers', () => {
    expect(suggestMapping(['Прізвище', "Ім'я", 'По батькові', 'Телефон', 'Ел. пошта', 'Дата народження', 'Стать', 'Осередок', 'Примітка'])).toEqual([
      'lastName', 'firstName', 'patronymic', 'phone', 'email', 'birthDate', 'gender', 'unit', 'notes',
    ]);
  });

  it('recognizes English headers, several phone columns and a full name', () => {
    expect(suggestMapping(['Full name', 'Phone', 'Phone 2', 'E-mail', 'Date of birth', 'Tags', 'Whatever'])).toEqual([
      'fullName', 'phone', 'phone', 'email', 'birthDate', 'tags', 'ignore',
    ]);
    expect(suggestMapping(['ПІБ', 'Мобільний телефон', 'Email'])).toEqual(['fullName', 'phone', 'email']);
  });

  it('gives a single-valued field to its first column only', () => {
    expect(suggestMapping(['Прізвище', 'Last name', "Ім'я"])).toEqual(['lastName', 'ignore', 'firstName']);
  });

  it('folds apostrophes, punctuation and case', () => {
    expect(foldHeader(' Ім’я ')).toBe('імя');
    expect(foldHeader('E-MAIL')).toBe('e mail');
    expect(foldHeader('Телефон 2')).toBe('телефон');
  });
});

describe('headerSignature', () => {
  it('ignores case and spacing, not order', () => {
    expect(headerSignature(['Прізвище', ' Телефон'])).toBe(headerSignature(['прізвище', 'телефон ']));
    expect(headerSignature(['Прізвище', 'Телефон'])).not.toBe(headerSignature(['Телефон', 'Прізвище']));
  });
});

describe('mappingProblems', () => {
  it('accepts a full mapping with a unit for the rows', () => {
    expect(mappingProblems(['lastName', 'firstName', 'phone', 'phone'], 4, true)).toEqual([]);
    expect(mappingProblems(['fullName', 'unit'], 2, false)).toEqual([]);
  });

  it('asks for a name, one column per field, every column and a unit', () => {
    const keys = (mapping: string[], columns: number, target: boolean) => mappingProblems(mapping, columns, target).map((p) => p.i18nKey);
    expect(keys(['lastName', 'phone'], 2, true)).toEqual(['imports:error.mappingNeedsName']);
    expect(keys(['lastName', 'firstName', 'lastName'], 3, true)).toEqual(['imports:error.mappingDuplicate']);
    expect(keys(['fullName', 'lastName', 'firstName'], 3, true)).toEqual(['imports:error.mappingNameTwice']);
    expect(keys(['lastName', 'firstName'], 3, true)).toEqual(['imports:error.mappingColumns']);
    expect(keys(['lastName', 'nonsense'], 2, true)).toEqual(['imports:error.mappingColumns']);
    expect(keys(['lastName', 'firstName'], 2, false)).toEqual(['imports:error.unitRequired']);
  });
});

describe('RowMapper', () => {
  const mapper = new RowMapper(['fullName', 'phone', 'phone', 'email', 'birthDate', 'gender', 'tags'], '2026-11-23');

  it('turns a good row into checked contact fields', () => {
    const read = mapper.read(['Шевченко Тарас Григорович', '067 123 45 67', '380501112233', 'Taras@Example.org', '09.03.1964', 'ч', 'поет, художник']);
    expect(read).toMatchObject({
      ok: true,
      fields: {
        lastName: 'Шевченко', firstName: 'Тарас', patronymic: 'Григорович', phones: ['+380671234567', '+380501112233'],
        emails: ['taras@example.org'], birthDate: '1964-03-09', gender: 'male', tags: ['поет', 'художник'],
      },
    });
  });

  it('reports every problem of a row with its column and value', () => {
    const read = mapper.read(['Шевченко', '12', '067 123 45 67', 'not-an-email', '01.01.2099', 'x', '']);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toEqual(expect.arrayContaining([
      { field: 'gender', column: 5, i18nKey: 'errors:fieldInvalid', params: {}, value: 'x' },
      { field: 'fullName', column: 0, i18nKey: 'errors:fieldRequired', params: {}, value: 'Шевченко' },
      { field: 'birthDate', column: 4, i18nKey: 'errors:birthDateInFuture', params: {}, value: '01.01.2099' },
      { field: 'phone', column: 1, i18nKey: 'errors:phoneInvalid', params: { value: '12' }, value: '12' },
      { field: 'email', column: 3, i18nKey: 'errors:emailInvalidValue', params: { value: 'not-an-email' }, value: 'not-an-email' },
    ]));
    expect(read.errors).toHaveLength(5);
  });

  it('knows a row with nothing in its mapped columns', () => {
    expect(mapper.isBlank(['', ' ', null, '', '', '', ''])).toBe(true);
    expect(mapper.isBlank(['', '', null, '', '', 'ж', ''])).toBe(false);
  });
});
