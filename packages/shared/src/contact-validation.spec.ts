import { describe, expect, it } from 'vitest';
import { isIsoDate, validateContactFields } from './contact-validation';

const TODAY = '2026-11-23';

describe('validateContactFields', () => {
  it('normalizes phones to E.164, lower-cases e-mails and drops repeats', () => {
    const result = validateContactFields(
      { lastName: ' Шевченко ', firstName: 'Тарас', phones: ['067 123 45 67', '+380671234567', ''], emails: ['Taras@UKR.net'], tags: ['волонтер', ' волонтер '] },
      TODAY,
    );
    expect(result).toMatchObject({ ok: true, value: { lastName: 'Шевченко', phones: ['+380671234567'], emails: ['taras@ukr.net'], tags: ['волонтер'], contactType: 'supporter' } });
  });

  it('reports every bad field at once, list items by position', () => {
    const result = validateContactFields(
      { lastName: '', firstName: 'Тарас', phones: ['+380671234567', '12'], emails: ['not-an-email'], birthDate: '2030-01-01', gender: 'x' },
      TODAY,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.field, p.i18nKey])).toEqual([
      ['lastName', 'errors:fieldRequired'],
      ['gender', 'errors:fieldInvalid'],
      ['birthDate', 'errors:birthDateInFuture'],
      ['phones.1', 'errors:phoneInvalid'],
      ['emails.0', 'errors:emailInvalidValue'],
    ]);
  });

  it('accepts a birth date of today and refuses impossible dates', () => {
    expect(validateContactFields({ lastName: 'A', firstName: 'B', birthDate: TODAY }, TODAY).ok).toBe(true);
    const bad = validateContactFields({ lastName: 'A', firstName: 'B', birthDate: '2001-02-30' }, TODAY);
    expect(bad).toMatchObject({ ok: false, problems: [{ field: 'birthDate', i18nKey: 'errors:dateInvalid' }] });
  });

  it('limits lengths and list sizes', () => {
    const result = validateContactFields({ lastName: 'A'.repeat(101), firstName: 'B', phones: Array.from({ length: 6 }, (_, i) => `+38067123456${i}`) }, TODAY);
    expect(result).toMatchObject({ ok: false, problems: [{ field: 'lastName', i18nKey: 'errors:fieldTooLong', params: { max: 100 } }, { field: 'phones', i18nKey: 'errors:tooManyItems' }] });
  });
});

describe('isIsoDate', () => {
  it('knows real calendar days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('23.11.2026')).toBe(false);
  });
});

describe('calendarDateIn', () => {
  it('gives the date in the zone, not in UTC', async () => {
    const { calendarDateIn } = await import('./calendar-date');
    expect(calendarDateIn('Europe/Kyiv', new Date('2026-11-23T22:30:00Z'))).toBe('2026-11-24');
    expect(calendarDateIn('UTC', new Date('2026-11-23T22:30:00Z'))).toBe('2026-11-23');
  });
});
