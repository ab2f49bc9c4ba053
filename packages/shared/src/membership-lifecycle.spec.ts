import { describe, expect, it } from 'vitest';
import { MEMBERSHIP_STATUSES, type MembershipStatus } from './contact-fields';
import {
  allowedTransitions,
  allowedTypes,
  canTransition,
  checkMembershipChange,
  defaultMembershipType,
  formatCardNumber,
  normalizeCardNumber,
  reasonRequired,
  type MembershipState,
} from './membership-lifecycle';

const TODAY = '2026-11-23';
const NONE: MembershipState = { status: null, type: null };
const MEMBER: MembershipState = { status: 'member', type: 'member' };

describe('the lifecycle table', () => {
  it('allows exactly the documented steps', () => {
    const steps = (from: MembershipStatus | null) => MEMBERSHIP_STATUSES.filter((to) => from !== to && canTransition(from, to));
    expect(steps(null)).toEqual(['applicant', 'candidate', 'member']);
    expect(steps('applicant')).toEqual(['candidate', 'member', 'left']);
    expect(steps('candidate')).toEqual(['member', 'left', 'expelled']);
    expect(steps('member')).toEqual(['suspended', 'left', 'expelled']);
    expect(steps('suspended')).toEqual(['member', 'left', 'expelled']);
    expect(steps('left')).toEqual(['applicant']);
    expect(steps('expelled')).toEqual(['applicant']);
  });

  it('lets only applicants and members change type without changing status', () => {
    expect(MEMBERSHIP_STATUSES.filter((s) => canTransition(s, s))).toEqual(['applicant', 'member']);
    expect(allowedTransitions('member')).not.toContain('member');
  });

  it('needs a reason to suspend, to end a membership and to readmit after an expulsion', () => {
    expect(reasonRequired('member', 'suspended')).toBe(true);
    expect(reasonRequired('candidate', 'left')).toBe(true);
    expect(reasonRequired('suspended', 'expelled')).toBe(true);
    expect(reasonRequired('expelled', 'applicant')).toBe(true);
    expect(reasonRequired('left', 'applicant')).toBe(false);
    expect(reasonRequired(null, 'member')).toBe(false);
    expect(reasonRequired('suspended', 'member')).toBe(false);
  });

  it('ties types to statuses, keeping the type through suspension and exit', () => {
    expect(allowedTypes(NONE, 'applicant')).toEqual(['member', 'candidate', 'supporter']);
    expect(allowedTypes(NONE, 'candidate')).toEqual(['candidate']);
    expect(allowedTypes(MEMBER, 'member')).toEqual(['member', 'supporter']);
    expect(allowedTypes({ status: 'member', type: 'supporter' }, 'suspended')).toEqual(['supporter']);
    expect(defaultMembershipType({ status: 'candidate', type: 'candidate' }, 'member')).toBe('member');
    expect(defaultMembershipType({ status: 'suspended', type: 'supporter' }, 'member')).toBe('supporter');
    expect(defaultMembershipType(NONE, 'applicant')).toBe('member');
  });
});

describe('checkMembershipChange', () => {
  it('accepts an allowed step and fills in the type', () => {
    expect(checkMembershipChange({ status: 'candidate', type: 'candidate' }, { toStatus: 'member', changedOn: TODAY }, '2026-01-10', TODAY)).toEqual({
      ok: true,
      value: { toStatus: 'member', membershipType: 'member', changedOn: TODAY, reason: null },
    });
  });

  it('refuses a step the lifecycle does not have', () => {
    const result = checkMembershipChange({ status: 'expelled', type: 'member' }, { toStatus: 'member', changedOn: TODAY }, null, TODAY);
    expect(result).toMatchObject({ ok: false, problems: [{ field: 'toStatus', i18nKey: 'membership:error.transitionNotAllowed', params: { from: 'expelled', to: 'member' } }] });
    expect(checkMembershipChange(NONE, { toStatus: 'honorary', changedOn: TODAY }, null, TODAY)).toMatchObject({ ok: false, problems: [{ field: 'toStatus', i18nKey: 'errors:fieldInvalid' }] });
  });

  it('asks for a reason where one is needed, and limits its length', () => {
    const missing = checkMembershipChange(MEMBER, { toStatus: 'suspended', changedOn: TODAY, reason: '   ' }, null, TODAY);
    expect(missing).toMatchObject({ ok: false, problems: [{ field: 'reason', i18nKey: 'membership:error.reasonRequired' }] });
    const long = checkMembershipChange(MEMBER, { toStatus: 'left', changedOn: TODAY, reason: 'x'.repeat(1001) }, null, TODAY);
    expect(long).toMatchObject({ ok: false, problems: [{ field: 'reason', i18nKey: 'errors:fieldTooLong', params: { max: 1000 } }] });
    const given = checkMembershipChange(MEMBER, { toStatus: 'left', changedOn: TODAY, reason: ' Переїзд ' }, null, TODAY);
    expect(given).toMatchObject({ ok: true, value: { reason: 'Переїзд', membershipType: 'member' } });
  });

  it('refuses dates in the future, before the last step, or not real', () => {
    const at = (changedOn: string) => checkMembershipChange(NONE, { toStatus: 'applicant', changedOn }, '2026-05-01', TODAY);
    expect(at('2026-11-24')).toMatchObject({ ok: false, problems: [{ field: 'changedOn', i18nKey: 'membership:error.dateInFuture' }] });
    expect(at('2026-04-30')).toMatchObject({ ok: false, problems: [{ field: 'changedOn', i18nKey: 'membership:error.dateBeforeLastChange', params: { date: '2026-05-01' } }] });
    expect(at('2026-02-30')).toMatchObject({ ok: false, problems: [{ field: 'changedOn', i18nKey: 'errors:dateInvalid' }] });
    expect(at('2026-05-01').ok).toBe(true);
    expect(at(TODAY).ok).toBe(true);
  });

  it('refuses a type that does not go with the status, and a change that changes nothing', () => {
    expect(checkMembershipChange(NONE, { toStatus: 'candidate', membershipType: 'member', changedOn: TODAY }, null, TODAY)).toMatchObject({
      ok: false,
      problems: [{ field: 'membershipType', i18nKey: 'membership:error.typeNotAllowed' }],
    });
    expect(checkMembershipChange(MEMBER, { toStatus: 'suspended', membershipType: 'supporter', changedOn: TODAY, reason: 'r' }, null, TODAY).ok).toBe(false);
    expect(checkMembershipChange(MEMBER, { toStatus: 'member', membershipType: 'member', changedOn: TODAY }, null, TODAY)).toMatchObject({
      ok: false,
      problems: [{ field: 'toStatus', i18nKey: 'membership:error.nothingChanges' }],
    });
    expect(checkMembershipChange(MEMBER, { toStatus: 'member', membershipType: 'supporter', changedOn: TODAY }, null, TODAY)).toMatchObject({
      ok: true,
      value: { toStatus: 'member', membershipType: 'supporter' },
    });
  });

  it('reports every problem at once', () => {
    const result = checkMembershipChange(MEMBER, { toStatus: 'expelled', changedOn: '2030-01-01' }, null, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['changedOn', 'reason']);
  });
});

describe('card numbers', () => {
  it('normalizes typed numbers and refuses malformed ones', () => {
    expect(normalizeCardNumber(' ua32 - 000123 ')).toBe('UA32-000123');
    expect(normalizeCardNumber('12345')).toBe('12345');
    expect(normalizeCardNumber('AB')).toBeNull();
    expect(normalizeCardNumber('-AB1')).toBeNull();
    expect(normalizeCardNumber('AB--1')).toBeNull();
    expect(normalizeCardNumber('№ 12')).toBeNull();
    expect(normalizeCardNumber('A'.repeat(33))).toBeNull();
  });

  it('formats generated numbers from the region code', () => {
    expect(formatCardNumber('UA-32', 123)).toBe('UA32-000123');
    expect(formatCardNumber('UA-80', 1_234_567)).toBe('UA80-1234567');
  });
});
