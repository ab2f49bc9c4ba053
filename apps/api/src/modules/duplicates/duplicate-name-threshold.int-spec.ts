/**
 * Calibrates NAME_SIMILARITY_THRESHOLD with PostgreSQL's own pg_trgm: names of one person
 * (across alphabets, Russian forms, typos, swapped order) must reach it; different people
 * with the same birth date (twins, siblings, namesakes of another first name) must not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duplicateNameKey, NAME_SIMILARITY_THRESHOLD } from '@hromada/shared';
import { execute, pgArray } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';

type Name = [lastName: string, firstName: string];

/** One person written two ways. */
const SAME_PERSON: [Name, Name][] = [
  [['Шевченко', 'Тарас'], ['Shevchenko', 'Taras']],
  [['Ковальчук', 'Юлія'], ['Kovalchuk', 'Yulia']],
  [['Гнатюк', 'Ірина'], ['Hnatiuk', 'Iryna']],
  [['Ткачук', 'Богдан'], ['Tkachuk', 'Bohdan']],
  [['Григоренко', 'Ярослав'], ['Grygorenko', 'Iaroslav']],
  [['Хмельницький', 'Дмитро'], ['Khmelnytskyi', 'Dmytro']],
  [['Ющенко', 'Віктор'], ['Iushchenko', 'Victor']],
  [['Мельник', 'Андрій'], ['Melnik', 'Andrey']],
  [['Коваленко', 'Олександр'], ['Коваленко', 'Александр']],
  [['Кравчук', 'Дмитро'], ['Кравчук', 'Дмитрий']],
  [['Бондаренко', 'Олена'], ['Бондаренко', 'Елена']],
  [['Сидоренко', 'Марія'], ['Сидоренко', 'Мария']],
  [['Шевченко', 'Тарас'], ['Шевчнко', 'Тарас']],
  [['Павленко', 'Юрій'], ['Павлеко', 'Юрій']],
  [['Гнатюк', 'Ірина'], ['Гнатюк', 'Ірна']],
  [['Ткачук', 'Богдан'], ['Ткачук', 'Богдна']],
  [['Бондаренко', 'Олена'], ['Бондаренко', 'Оллена']],
  [['Шевченко', 'Тарас'], ['Тарас', 'Шевченко']],
];

/** Siblings (twins share a surname, a patronymic and a birth date) and near-namesakes. */
const DIFFERENT_PEOPLE: [Name, Name][] = [
  [['Коваленко', 'Олена'], ['Коваленко', 'Оксана']],
  [['Бондаренко', 'Ірина'], ['Бондаренко', 'Інна']],
  [['Бойко', 'Марко'], ['Бойко', 'Марта']],
  [['Бойко', 'Олег'], ['Бойко', 'Ольга']],
  [['Бойко', 'Юрій'], ['Бойко', 'Юлія']],
  [['Мельник', 'Андрій'], ['Мельник', 'Анна']],
  [['Ткаченко', 'Марія'], ['Ткаченко', 'Максим']],
  [['Петрів', 'Софія'], ['Петрів', 'Соломія']],
  [['Петрів', 'Анна'], ['Петрів', 'Алла']],
  [['Шевченко', 'Тарас'], ['Шевчук', 'Тарас']],
  [['Шевченко', 'Тарас'], ['Шевченко', 'Петро']],
];

let db: FreshDatabase;

async function similarities(pairs: [Name, Name][]): Promise<number[]> {
  const keys = (side: 0 | 1) => pgArray(pairs.map((pair) => duplicateNameKey({ lastName: pair[side][0], firstName: pair[side][1] })));
  const rows = await execute<{ s: number }>(
    db.orm.em.fork(),
    'select similarity(a, b) as s from unnest(?::text[], ?::text[]) with ordinality as t (a, b, n) order by n',
    [keys(0), keys(1)],
  );
  return rows.map((row) => Number(row.s));
}

const label = ([a, b]: [Name, Name]) => `${a.join(' ')} / ${b.join(' ')}`;

beforeAll(async () => {
  db = await createFreshDatabase('dup_threshold');
});

afterAll(async () => {
  await db?.drop();
});

describe('the name similarity threshold', () => {
  it('is reached by every spelling of one person', async () => {
    const scores = await similarities(SAME_PERSON);
    const below = SAME_PERSON.filter((_, i) => scores[i] < NAME_SIMILARITY_THRESHOLD).map((pair) => `${label(pair)} ${scores[SAME_PERSON.indexOf(pair)]}`);
    expect(below).toEqual([]);
  });

  it('is not reached by different people with a shared surname or first name', async () => {
    const scores = await similarities(DIFFERENT_PEOPLE);
    const above = DIFFERENT_PEOPLE.filter((_, i) => scores[i] >= NAME_SIMILARITY_THRESHOLD).map((pair) => `${label(pair)} ${scores[DIFFERENT_PEOPLE.indexOf(pair)]}`);
    expect(above).toEqual([]);
  });

  it('reports the margins it was calibrated with', async () => {
    const same = await similarities(SAME_PERSON);
    const different = await similarities(DIFFERENT_PEOPLE);
    console.log(`name similarity: same person ≥ ${Math.min(...same).toFixed(2)}, different people ≤ ${Math.max(...different).toFixed(2)}, threshold ${NAME_SIMILARITY_THRESHOLD}`);
    expect(Math.min(...same)).toBeGreaterThan(Math.max(...different));
  });
});
