import { describe, expect, it } from 'vitest';
import { contactSearchDocument, parseContactSearch, searchKey } from './search-key';
import { toLatin } from './transliteration';

describe('toLatin', () => {
  it('transliterates Ukrainian after KMU 2010 in-word forms', () => {
    expect(toLatin('Шевченко')).toBe('shevchenko');
    expect(toLatin('Щербак')).toBe('shcherbak');
    expect(toLatin("Мар'яна")).toBe('mariana');
    expect(toLatin('Ґудзь')).toBe('gudz');
  });
  it('leaves Latin text alone apart from case', () => {
    expect(toLatin('Shevchenko')).toBe('shevchenko');
  });
});

describe('searchKey', () => {
  it('makes Cyrillic and Latin spellings of one name meet', () => {
    expect(searchKey('Шевченко')).toBe(searchKey('Shevchenko'));
    expect(searchKey('Григорій')).toBe(searchKey('Grigoriy'));
    expect(searchKey('Григорій')).toBe(searchKey('Hryhorii'));
    expect(searchKey('Андрій')).toBe(searchKey('Andriy'));
    expect(searchKey('Харків')).toBe(searchKey('Kharkiv'));
    expect(searchKey('Їжакевич')).toBe(searchKey('Yizhakevych'));
    expect(searchKey('Ярослав')).toBe(searchKey('Yaroslav'));
  });
  it('removes accents and punctuation, collapses spaces', () => {
    expect(searchKey('  Ševčenko,   Taras ')).toBe('sevcenko taras');
  });
});

describe('parseContactSearch', () => {
  it('finds a Cyrillic name by a Latin fragment and the reverse', () => {
    const doc = contactSearchDocument({ lastName: 'Шевченко', firstName: 'Тарас' });
    expect(doc).toContain(parseContactSearch('shevch')!.needle);
    const latinDoc = contactSearchDocument({ lastName: 'Shevchenko', firstName: 'Taras' });
    expect(latinDoc).toContain(parseContactSearch('Шевч')!.needle);
  });
  it('reduces phone-like input to digits without the national zero', () => {
    expect(parseContactSearch('067 123-45')).toEqual({ kind: 'phone', needle: '6712345' });
    const doc = contactSearchDocument({ lastName: 'A', firstName: 'B', phones: ['+380671234567', '+380501112233'] });
    expect(doc).toContain('6712345');
    expect(doc).toContain(parseContactSearch('050 111 22')!.needle);
  });
  it('searches e-mail addresses', () => {
    const doc = contactSearchDocument({ lastName: 'Коваль', firstName: 'Олена', emails: ['olena.koval@ukr.net'] });
    expect(doc).toContain(parseContactSearch('olena.koval@')!.needle);
  });
  it('refuses fragments shorter than three characters', () => {
    expect(parseContactSearch('Ш')).toBeNull();
    expect(parseContactSearch('06')).toBeNull();
    expect(parseContactSearch('   ')).toBeNull();
  });
});
