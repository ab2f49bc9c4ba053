import { describe, expect, it } from 'vitest';
import { duplicateNameKey, gendersCompatible, pairScore } from './duplicate-rules';

describe('duplicateNameKey', () => {
  it('folds one name written in either alphabet to one key, patronymic aside', () => {
    expect(duplicateNameKey({ lastName: 'Шевченко', firstName: 'Тарас' })).toBe('shevchenko taras');
    expect(duplicateNameKey({ lastName: 'Shevchenko', firstName: 'Taras' })).toBe('shevchenko taras');
    expect(duplicateNameKey({ lastName: 'Ковальчук', firstName: 'Юлія' })).toBe(duplicateNameKey({ lastName: 'Kovalchuk', firstName: 'Yulia' }));
  });
});

describe('gendersCompatible', () => {
  it('rules a pair out only when both genders are known and differ', () => {
    expect(gendersCompatible('male', 'female')).toBe(false);
    expect(gendersCompatible('male', 'male')).toBe(true);
    expect(gendersCompatible(null, 'female')).toBe(true);
  });
});

describe('pairScore', () => {
  it('weighs each rule, and more rules always outrank fewer', () => {
    expect(pairScore(['email'], null)).toBe(90);
    expect(pairScore(['phone'], null)).toBe(75);
    expect(pairScore(['name_birth_date'], 1)).toBe(90);
    expect(pairScore(['name_birth_date'], 0.7)).toBe(63);
    expect(pairScore(['email', 'phone'], null)).toBe(98);
    expect(pairScore(['email', 'phone', 'name_birth_date'], 0.7)).toBe(99);
    expect(pairScore(['phone', 'name_birth_date'], 0.66)).toBeGreaterThan(pairScore(['phone'], null));
  });
});
