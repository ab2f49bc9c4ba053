import { describe, expect, it } from 'vitest';
import { DIASPORA_FEMALE_FIRST_NAMES, DIASPORA_MALE_FIRST_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './ukrainian-first-names';
import { latinSurname, patronymic, surnameForm } from './ukrainian-names';
import { SURNAMES, VERY_COMMON_SURNAMES } from './ukrainian-surnames';

const CYRILLIC_NAME = /^[А-ЩЬЮЯЄІЇҐ][а-щьюяєіїґ’]+$/;

describe('patronymic', () => {
  it.each([
    ['Іван', 'Іванович', 'Іванівна'],
    ['Олександр', 'Олександрович', 'Олександрівна'],
    ['Андрій', 'Андрійович', 'Андріївна'],
    ['Сергій', 'Сергійович', 'Сергіївна'],
    ['Василь', 'Васильович', 'Василівна'],
    ['Олесь', 'Олесьович', 'Олесівна'],
    ['Петро', 'Петрович', 'Петрівна'],
    ['Михайло', 'Михайлович', 'Михайлівна'],
    ['Микита', 'Микитович', 'Микитівна'],
    ['Ярема', 'Яремович', 'Яремівна'],
    ['В’ячеслав', 'В’ячеславович', 'В’ячеславівна'],
    ['Микола', 'Миколайович', 'Миколаївна'],
    ['Ілля', 'Ілліч', 'Іллівна'],
    ['Григорій', 'Григорович', 'Григорівна'],
    ['Яків', 'Якович', 'Яківна'],
    ['Федір', 'Федорович', 'Федорівна'],
    ['Лев', 'Львович', 'Львівна'],
    ['Кузьма', 'Кузьмич', 'Кузьмівна'],
    ['Лука', 'Лукич', 'Луківна'],
  ])('%s → %s / %s', (father, son, daughter) => {
    expect(patronymic(father, 'male')).toBe(son);
    expect(patronymic(father, 'female')).toBe(daughter);
  });

  it('covers every male first name with a well-formed patronymic', () => {
    for (const [name] of MALE_FIRST_NAMES) {
      expect(patronymic(name, 'male')).toMatch(/(ович|[иі]ч)$/);
      expect(patronymic(name, 'female')).toMatch(/[ії]вна$/);
    }
  });

  it('refuses endings it has no rule for, rather than guessing', () => {
    expect(() => patronymic('Неле', 'male')).toThrow(RangeError);
  });
});

describe('surnameForm', () => {
  it.each([
    ['Ковальський', 'Ковальська'],
    ['Левицький', 'Левицька'],
    ['Осадчий', 'Осадча'],
    ['Задорожний', 'Задорожна'],
    ['Іванов', 'Іванова'],
    ['Васильєв', 'Васильєва'],
    ['Шевченко', 'Шевченко'],
    ['Мельник', 'Мельник'],
    ['Іванів', 'Іванів'],
    ['Ковалишин', 'Ковалишин'],
    ['Чорновіл', 'Чорновіл'],
  ])('%s → %s for a woman', (male, female) => {
    expect(surnameForm(male, 'female')).toBe(female);
    expect(surnameForm(male, 'male')).toBe(male);
  });
});

describe('latinSurname', () => {
  it('spells diaspora surnames in Ukrainian, Polish or German style', () => {
    expect(latinSurname('Шевченко', 'ukrainian')).toBe('Shevchenko');
    expect(latinSurname('Шевченко', 'polish')).toBe('Szewczenko');
    expect(latinSurname('Шевченко', 'german')).toBe('Schewtschenko');
    expect(latinSurname('Коваленко', 'polish')).toBe('Kowalenko');
    expect(latinSurname('Ковальчук', 'polish')).toBe('Kowalczuk');
  });
});

describe('name lists', () => {
  const names = (list: readonly (readonly [string, number])[]): string[] => list.map(([n]) => n);

  it('are large enough, without duplicates, with positive weights', () => {
    expect(SURNAMES.length).toBeGreaterThanOrEqual(300);
    expect(MALE_FIRST_NAMES.length).toBeGreaterThanOrEqual(80);
    expect(FEMALE_FIRST_NAMES.length).toBeGreaterThanOrEqual(80);
    for (const list of [SURNAMES, MALE_FIRST_NAMES, FEMALE_FIRST_NAMES, DIASPORA_MALE_FIRST_NAMES, DIASPORA_FEMALE_FIRST_NAMES]) {
      expect(new Set(names(list)).size).toBe(list.length);
      for (const [, weight] of list) expect(weight).toBeGreaterThan(0);
    }
  });

  it('spell Ukrainian names in Ukrainian Cyrillic and diaspora names in Latin', () => {
    for (const list of [SURNAMES, MALE_FIRST_NAMES, FEMALE_FIRST_NAMES]) {
      for (const name of names(list)) expect(name).toMatch(CYRILLIC_NAME);
    }
    for (const name of [...names(DIASPORA_MALE_FIRST_NAMES), ...names(DIASPORA_FEMALE_FIRST_NAMES)]) expect(name).toMatch(/^[A-Z][a-z]+$/);
  });

  it('puts the most frequent surnames first and draws the common ones from the list', () => {
    expect(SURNAMES.slice(0, 3).map(([n]) => n)).toEqual(['Мельник', 'Шевченко', 'Бойко']);
    const all = new Set(names(SURNAMES));
    for (const s of VERY_COMMON_SURNAMES) expect(all.has(s)).toBe(true);
  });
});
