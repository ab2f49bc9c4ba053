import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER_FORM, filterFromForm, formFromFilter, kopiykyToText, textToKopiyky } from './filter-form';

describe('filter form', () => {
  it('turns the builder into the API input, with numbers and yes/no parsed', () => {
    const { input, problems } = filterFromForm({
      ...EMPTY_FILTER_FORM,
      units: [{ id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', nameUk: 'Київ', nameEn: 'Kyiv' }],
      membershipStatuses: ['MEMBER', 'NONE'],
      tagsAny: [' волонтер '],
      ageMin: '18',
      arrears: 'yes',
      arrearsAtLeast: '150,5',
      hasEmail: 'no',
    });
    expect(problems).toEqual([]);
    expect(input).toMatchObject({
      unitIds: ['7c9e6679-7425-40de-944b-e07fc1f90ae7'], membershipStatuses: ['MEMBER', 'NONE'], tagsAny: ['волонтер'], ageMin: 18, ageMax: null,
      inArrears: true, arrearsAtLeastKopiyky: 15050, hasEmail: false, hasPhone: null, createdFrom: null,
    });
  });

  it('finds the same problems the API would, by the same fields', () => {
    const { problems } = filterFromForm({ ...EMPTY_FILTER_FORM, ageMin: '40', ageMax: '3x', arrearsAtLeast: '-5', createdFrom: '2026-03-01', createdTo: '2026-02-01' });
    expect(problems.map((p) => `${p.field}:${p.i18nKey}`)).toEqual(['arrearsAtLeastKopiyky:errors:amountInvalid', 'ageMax:errors:ageInvalid', 'createdTo:errors:rangeInverted']);
  });

  it('reads a saved filter back, units by name, and money in hryvnias', () => {
    const form = formFromFilter({
      version: 1, unitIds: ['7c9e6679-7425-40de-944b-e07fc1f90ae7', 'hidden'], units: [{ id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', nameUk: 'Київ', nameEn: 'Kyiv' }], membershipTypes: [], membershipStatuses: ['MEMBER'],
      contactTypes: [], tagsAny: [], tagsAll: ['a'], genders: ['FEMALE'], ageMin: 18, ageMax: null, inArrears: false, arrearsAtLeastKopiyky: 20000,
      createdFrom: '2026-01-01', createdTo: null, hasPhone: true, hasEmail: null, hasConsent: false,
    });
    expect(form).toMatchObject({ units: [{ id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', nameEn: 'Kyiv' }, { id: 'hidden' }], ageMin: '18', ageMax: '', arrears: 'no', arrearsAtLeast: '200', hasPhone: 'yes', hasEmail: '', hasConsent: 'no' });
  });

  it('converts hryvnias and kopiyky both ways', () => {
    expect(textToKopiyky('')).toBeNull();
    expect(textToKopiyky('1 200,05')).toBe(120005);
    expect(textToKopiyky('7.5')).toBe(750);
    expect(textToKopiyky('0')).toBe('invalid');
    expect(textToKopiyky('12,345')).toBe('invalid');
    expect(kopiykyToText(120005)).toBe('1200,05');
    expect(kopiykyToText(500)).toBe('5');
  });
});
