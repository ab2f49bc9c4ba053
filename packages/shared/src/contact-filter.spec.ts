import { describe, expect, it } from 'vitest';
import { bornOnOrBefore, EMPTY_CONTACT_FILTER, isEmptyContactFilter, validateContactFilter } from './contact-filter';

const UNIT = '6f1c2d3e-4a5b-4c6d-8e7f-901234567890';

describe('validateContactFilter', () => {
  it('fills every criterion, normalizes lists and keeps the version', () => {
    const result = validateContactFilter({
      unitIds: [UNIT.toUpperCase(), UNIT],
      membershipStatuses: ['member', 'none', 'member'],
      tagsAny: ['  волонтер ', 'волонтер', ''],
      ageMin: 18,
      ageMax: 18,
      inArrears: true,
      arrearsAtLeastKopiyky: 5000,
      createdFrom: '2026-01-01',
      createdTo: '2026-01-01',
      hasPhone: false,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        ...EMPTY_CONTACT_FILTER,
        unitIds: [UNIT],
        membershipStatuses: ['member', 'none'],
        tagsAny: ['волонтер'],
        ageMin: 18,
        ageMax: 18,
        inArrears: true,
        arrearsAtLeastKopiyky: 5000,
        createdFrom: '2026-01-01',
        createdTo: '2026-01-01',
        hasPhone: false,
      },
    });
  });

  it('reports every problem at once, list items by position', () => {
    const result = validateContactFilter({
      version: 7,
      unitIds: ['nope'],
      membershipTypes: ['boss'],
      genders: ['female', 'x'],
      tagsAll: ['x'.repeat(51)],
      ageMin: 40,
      ageMax: 30,
      arrearsAtLeastKopiyky: -5,
      createdFrom: '2026-02-30',
      createdTo: '2026-01-01',
      hasEmail: 'yes',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.field}:${p.i18nKey}`)).toEqual([
      'version:errors:filterVersionUnsupported',
      'unitIds.0:errors:fieldInvalid',
      'membershipTypes.0:errors:fieldInvalid',
      'genders.1:errors:fieldInvalid',
      'tagsAll.0:errors:tagInvalid',
      'ageMax:errors:rangeInverted',
      'arrearsAtLeastKopiyky:errors:amountInvalid',
      'createdFrom:errors:dateInvalid',
      'hasEmail:errors:fieldInvalid',
    ]);
  });

  it('refuses inverted dates, fractional ages, too many tags and arrears without arrears', () => {
    const result = validateContactFilter({
      createdFrom: '2026-03-01',
      createdTo: '2026-02-01',
      ageMin: 17.5,
      tagsAny: Array.from({ length: 31 }, (_, i) => `t${i}`),
      inArrears: false,
      arrearsAtLeastKopiyky: 100,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.field}:${p.i18nKey}`)).toEqual([
      'tagsAny:errors:tooManyItems',
      'ageMin:errors:ageInvalid',
      'arrearsAtLeastKopiyky:errors:arrearsConflict',
      'createdTo:errors:rangeInverted',
    ]);
  });

  it('treats a list that is not a list as invalid', () => {
    expect(validateContactFilter({ tagsAny: 'x' })).toMatchObject({ ok: false, problems: [{ field: 'tagsAny', i18nKey: 'errors:fieldInvalid' }] });
  });

  it('knows an empty filter', () => {
    const empty = validateContactFilter({});
    expect(empty.ok && isEmptyContactFilter(empty.value)).toBe(true);
    const some = validateContactFilter({ hasConsent: false });
    expect(some.ok && isEmptyContactFilter(some.value)).toBe(false);
  });
});

describe('bornOnOrBefore', () => {
  it('subtracts whole years', () => {
    expect(bornOnOrBefore('2026-11-23', 18)).toBe('2008-11-23');
    expect(bornOnOrBefore('2026-11-23', 0)).toBe('2026-11-23');
  });

  it('moves 29 February to the 28th in a common year, and keeps it in a leap year', () => {
    expect(bornOnOrBefore('2024-02-29', 1)).toBe('2023-02-28');
    expect(bornOnOrBefore('2024-02-29', 4)).toBe('2020-02-29');
    expect(bornOnOrBefore('2100-02-28', 100)).toBe('2000-02-28');
  });
});
