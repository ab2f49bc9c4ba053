import { describe, expect, it } from 'vitest';
import { EMPTY_CONTACT_FILTER, validateContactFilter, type ContactFilter, type ContactFilterInput } from '@hromada/shared';
import { compileContactFilter, type FilterContext } from './contact-filter-sql';

const R1 = '11111111-1111-4111-8111-111111111111';
const B2 = '22222222-2222-4222-8222-222222222222';
const GONE = '33333333-3333-4333-8333-333333333333';
const CONTEXT: FilterContext = { today: '2026-11-23', timeZone: 'Europe/Kyiv', unitPaths: new Map([[R1, 'ua.r1'], [B2, 'ua.r2.d1.b2']]) };

function filter(input: ContactFilterInput): ContactFilter {
  const result = validateContactFilter(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const compile = (input: ContactFilterInput, alias?: string) => compileContactFilter(filter(input), CONTEXT, alias);

describe('compileContactFilter', () => {
  it('matches everything for an empty filter', () => {
    expect(compileContactFilter(EMPTY_CONTACT_FILTER, CONTEXT)).toEqual({ sql: 'true', params: [] });
  });

  it('turns units into subtree predicates, and unknown units into nothing', () => {
    expect(compile({ unitIds: [R1, B2] })).toEqual({ sql: '(c.org_path <@ ?::ltree or c.org_path <@ ?::ltree)', params: ['ua.r1', 'ua.r2.d1.b2'] });
    expect(compile({ unitIds: [GONE, R1] })).toEqual({ sql: '(c.org_path <@ ?::ltree)', params: ['ua.r1'] });
    expect(compile({ unitIds: [GONE] })).toEqual({ sql: '(false)', params: [] });
  });

  it('matches membership statuses, with "no membership" as a null status', () => {
    expect(compile({ membershipStatuses: ['member', 'suspended'] })).toEqual({ sql: '(c.membership_status = any(?::text[]))', params: ['{"member","suspended"}'] });
    expect(compile({ membershipStatuses: ['none'] })).toEqual({ sql: '(c.membership_status is null)', params: [] });
    expect(compile({ membershipStatuses: ['none', 'member'] })).toEqual({
      sql: '(c.membership_status = any(?::text[]) or c.membership_status is null)',
      params: ['{"member"}'],
    });
  });

  it('matches lists of values and tags (any, all)', () => {
    expect(compile({ membershipTypes: ['candidate'], contactTypes: ['volunteer', 'donor'], genders: ['female'] })).toEqual({
      sql: '(c.membership_type = any(?::text[])) and (c.contact_type = any(?::text[])) and (c.gender = any(?::text[]))',
      params: ['{"candidate"}', '{"volunteer","donor"}', '{"female"}'],
    });
    expect(compile({ tagsAny: ['a', 'b "q"'], tagsAll: ['c'] }, 'x')).toEqual({
      sql: '(x.tags && ?::text[]) and (x.tags @> ?::text[])',
      params: ['{"a","b \\"q\\""}', '{"c"}'],
    });
  });

  it('counts ages in whole years on the organization today', () => {
    // 18 to 30: born on or before 2008-11-23 and after 1995-11-23.
    expect(compile({ ageMin: 18, ageMax: 30 })).toEqual({
      sql: '(c.birth_date <= ?::date) and (c.birth_date > ?::date)',
      params: ['2008-11-23', '1995-11-23'],
    });
    expect(compile({ ageMax: 0 }).params).toEqual(['2025-11-23']);
  });

  it('matches arrears by sign and by amount owed', () => {
    expect(compile({ inArrears: true })).toEqual({ sql: '(c.dues_balance < 0)', params: [] });
    expect(compile({ inArrears: false })).toEqual({ sql: '(c.dues_balance >= 0)', params: [] });
    expect(compile({ arrearsAtLeastKopiyky: 15000 })).toEqual({ sql: '(c.dues_balance <= ?::bigint)', params: ['-15000'] });
  });

  it('reads created dates as whole days in the organization zone', () => {
    expect(compile({ createdFrom: '2026-01-01', createdTo: '2026-01-31' })).toEqual({
      sql: '(c.created_at >= (?::date::timestamp at time zone ?)) and (c.created_at < ((?::date + 1)::timestamp at time zone ?))',
      params: ['2026-01-01', 'Europe/Kyiv', '2026-01-31', 'Europe/Kyiv'],
    });
  });

  it('checks phones, e-mails and consent both ways', () => {
    expect(compile({ hasPhone: true, hasEmail: false, hasConsent: true }).sql).toBe(
      '(cardinality(c.phones) > 0) and (cardinality(c.emails) = 0) and (c.consent_at is not null)',
    );
    expect(compile({ hasPhone: false, hasConsent: false }).sql).toBe('(cardinality(c.phones) = 0) and (c.consent_at is null)');
  });

  it('keeps placeholders and parameters in step for every criterion at once', () => {
    const all = compile({
      unitIds: [R1, B2], membershipTypes: ['member'], membershipStatuses: ['member', 'none'], contactTypes: ['member'],
      tagsAny: ['a'], tagsAll: ['b'], genders: ['male'], ageMin: 1, ageMax: 2, inArrears: true, arrearsAtLeastKopiyky: 1,
      createdFrom: '2026-01-01', createdTo: '2026-01-02', hasPhone: true, hasEmail: true, hasConsent: true,
    });
    expect((all.sql.match(/\?/g) ?? []).length).toBe(all.params.length);
    expect(all.sql.split(') and (')).toHaveLength(16);
  });
});
