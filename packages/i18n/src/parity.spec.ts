import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages, namespaces, resources } from './index';
import { findParityProblems } from './parity';

const LOCALES_DIR = join(__dirname, '..', 'locales');

function readLocalesFromDisk(): Record<string, Record<string, unknown>> {
  const result: Record<string, Record<string, unknown>> = {};
  for (const lng of readdirSync(LOCALES_DIR)) {
    result[lng] = {};
    for (const file of readdirSync(join(LOCALES_DIR, lng)).filter((f) => f.endsWith('.json'))) {
      result[lng][file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(LOCALES_DIR, lng, file), 'utf8'));
    }
  }
  return result;
}

describe('locale files', () => {
  const onDisk = readLocalesFromDisk();

  it('exist for exactly the declared languages and namespaces', () => {
    expect(Object.keys(onDisk).sort()).toEqual([...languages].sort());
    for (const lng of languages) {
      expect(Object.keys(onDisk[lng]).sort()).toEqual([...namespaces].sort());
    }
  });

  it('are all exported in the resources object', () => {
    for (const lng of languages) {
      expect(Object.keys(resources[lng]).sort()).toEqual([...namespaces].sort());
      for (const ns of namespaces) expect(resources[lng][ns]).toEqual(onDisk[lng][ns]);
    }
  });

  it('have the same keys, plural forms and variables in every language, with no empty values', () => {
    expect(findParityProblems(onDisk)).toEqual([]);
  });

  it('contain every error key the API can send', () => {
    const apiKeys = [
      'invalidCredentials', 'loginThrottled', 'emailInvalid', 'passwordRequired', 'firstTooLarge',
      'firstInvalid', 'searchTooShort', 'cursorInvalid', 'unauthenticated', 'forbidden',
      'queryTooDeep', 'queryTooCostly', 'tooManyAliases', 'csrf', 'internal', 'network', 'unknown',
    ];
    for (const lng of languages) {
      const errors = onDisk[lng].errors as Record<string, string>;
      for (const key of apiKeys) {
        expect(Object.keys(errors).some((k) => k === key || k.startsWith(`${key}_`)), `${lng} errors:${key}`).toBe(true);
      }
    }
  });
});

describe('findParityProblems', () => {
  it('accepts every language carrying the plural forms any language needs', () => {
    expect(
      findParityProblems({
        en: { ns: { item_one: '{{count}} item', item_few: '{{count}} items', item_many: '{{count}} items', item_other: '{{count}} items' } },
        uk: { ns: { item_one: '{{count}} річ', item_few: '{{count}} речі', item_many: '{{count}} речей', item_other: '{{count}} речі' } },
      }),
    ).toEqual([]);
  });

  it('reports a key missing in one language, including nested keys', () => {
    expect(
      findParityProblems({
        en: { ns: { a: 'A', nested: { b: 'B' } } },
        uk: { ns: { a: 'А', nested: {} } },
      }),
    ).toEqual(['uk: ns:nested.b is missing']);
  });

  it('reports a missing namespace', () => {
    expect(findParityProblems({ en: { ns: { a: 'A' }, other: { b: 'B' } }, uk: { ns: { a: 'А' } } })).toContain(
      'uk: namespace "other" is missing',
    );
  });

  it('reports empty values', () => {
    expect(findParityProblems({ en: { ns: { a: 'A' } }, uk: { ns: { a: '  ' } } })).toEqual(['uk: ns:a is empty']);
  });

  it('reports missing and superfluous plural forms', () => {
    const problems = findParityProblems({
      en: { ns: { item_one: 'item', item_other: 'items', thing_one: 'a', thing_two: 'b', thing_few: 'b', thing_many: 'b', thing_other: 'c' } },
      uk: { ns: { item_one: 'річ', item_other: 'речі', thing_one: 'a', thing_few: 'b', thing_many: 'c', thing_other: 'd' } },
    });
    expect(problems).toContain('uk: ns:item lacks plural forms few, many');
    expect(problems).toContain('en: ns:item lacks plural forms few, many');
    expect(problems).toContain('en: ns:thing has plural forms two that no language uses');
  });

  it('reports a key that is plural in one language only', () => {
    expect(
      findParityProblems({
        en: { ns: { item: 'items' } },
        uk: { ns: { item_one: 'a', item_few: 'b', item_many: 'c', item_other: 'd' } },
      }),
    ).toContain('ns:item is plural in uk only');
  });

  it('reports different interpolation variables', () => {
    expect(findParityProblems({ en: { ns: { a: 'Hi {{name}}' } }, uk: { ns: { a: 'Привіт {{nmae}}' } } })).toEqual([
      'ns:a uses variables {name} in en but {nmae} in uk',
    ]);
  });
});
