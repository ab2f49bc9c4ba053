import { isOneOf, MEMBERSHIP_STATUSES, MEMBERSHIP_TYPES, type MembershipStatus, type MembershipType } from './contact-fields';
import { cleanText, isIsoDate, type FieldProblem, type Validated } from './contact-validation';

/**
 * The membership lifecycle, one table for the API (which enforces it) and the web (which
 * offers only what it allows):
 *
 *   (none) → applicant | candidate | member
 *   applicant → candidate | member | left
 *   candidate → member | left | expelled
 *   member → suspended | left | expelled
 *   suspended → member | left | expelled
 *   left → applicant            (rejoining starts over with an application)
 *   expelled → applicant        (readmission only by a decision, which the reason must name)
 *
 * Suspension, leaving and expulsion always need a reason, and so does readmission after
 * an expulsion: the record must say who decided it and why.
 */
export const MEMBERSHIP_TRANSITIONS: Readonly<Record<MembershipStatus | 'none', readonly MembershipStatus[]>> = {
  none: ['applicant', 'candidate', 'member'],
  applicant: ['candidate', 'member', 'left'],
  candidate: ['member', 'left', 'expelled'],
  member: ['suspended', 'left', 'expelled'],
  suspended: ['member', 'left', 'expelled'],
  left: ['applicant'],
  expelled: ['applicant'],
};

/** Statuses that end or pause a membership: entering one needs a reason. */
export const STATUSES_NEEDING_REASON: readonly MembershipStatus[] = ['suspended', 'left', 'expelled'];

/**
 * Which membership types go with a status. An applicant applies for any type; a candidate
 * is a candidate; a member is a full member or a supporting member. Suspension, leaving and
 * expulsion keep the type the person had ('keep').
 */
const TYPES_BY_STATUS: Readonly<Record<MembershipStatus, readonly MembershipType[] | 'keep'>> = {
  applicant: MEMBERSHIP_TYPES,
  candidate: ['candidate'],
  member: ['member', 'supporter'],
  suspended: 'keep',
  left: 'keep',
  expelled: 'keep',
};

/** Statuses where only the type may change, the status staying as it is. */
const TYPE_CHANGE_STATUSES: readonly MembershipStatus[] = ['applicant', 'member'];

export const MEMBERSHIP_REASON_MAX = 1000;

/** Where the person stands now; `status` null means no membership record yet. */
export interface MembershipState {
  status: MembershipStatus | null;
  type: MembershipType | null;
}

/** Statuses reachable from `from` in one step (a type change within the same status not included). */
export function allowedTransitions(from: MembershipStatus | null): readonly MembershipStatus[] {
  return MEMBERSHIP_TRANSITIONS[from ?? 'none'];
}

/** Whether `to` may follow `from`: a lifecycle step, or a type change within the same status. */
export function canTransition(from: MembershipStatus | null, to: MembershipStatus): boolean {
  return allowedTransitions(from).includes(to) || (from === to && TYPE_CHANGE_STATUSES.includes(to));
}

/** Whether the step needs a written reason. */
export function reasonRequired(from: MembershipStatus | null, to: MembershipStatus): boolean {
  return STATUSES_NEEDING_REASON.includes(to) || (from === 'expelled' && to === 'applicant');
}

/** The types a person may have after moving to `to`; statuses that keep the type offer the current one. */
export function allowedTypes(current: MembershipState, to: MembershipStatus): readonly MembershipType[] {
  const types = TYPES_BY_STATUS[to];
  if (types !== 'keep') return types;
  return current.type ? [current.type] : [];
}

/** The type a form should propose for the step: the current one where it still fits. */
export function defaultMembershipType(current: MembershipState, to: MembershipStatus): MembershipType | null {
  const types = allowedTypes(current, to);
  if (current.type && types.includes(current.type)) return current.type;
  return types[0] ?? null;
}

export interface MembershipChangeInput {
  toStatus: string;
  /** Null or omitted: the default type for the step. */
  membershipType?: string | null;
  /** YYYY-MM-DD. */
  changedOn: string;
  reason?: string | null;
}

export interface MembershipChange {
  toStatus: MembershipStatus;
  membershipType: MembershipType;
  changedOn: string;
  reason: string | null;
}

/**
 * Checks one step of the lifecycle. `lastChangedOn`: the date of the latest recorded step
 * (a new one may not come before it); `today`: the organization's calendar date. Problems
 * are reported per field (`toStatus`, `membershipType`, `changedOn`, `reason`), all at once.
 */
export function checkMembershipChange(
  current: MembershipState,
  input: MembershipChangeInput,
  lastChangedOn: string | null,
  today: string,
): Validated<MembershipChange> {
  const problems: FieldProblem[] = [];
  const toStatus = isOneOf(MEMBERSHIP_STATUSES, input.toStatus) ? input.toStatus : null;
  if (!toStatus) problems.push({ field: 'toStatus', i18nKey: 'errors:fieldInvalid' });
  else if (!canTransition(current.status, toStatus)) {
    problems.push({ field: 'toStatus', i18nKey: 'membership:error.transitionNotAllowed', params: { from: current.status ?? 'none', to: toStatus } });
  }

  let membershipType: MembershipType | null = null;
  if (toStatus) {
    const requested = cleanText(input.membershipType);
    membershipType = requested === null ? defaultMembershipType(current, toStatus) : isOneOf(MEMBERSHIP_TYPES, requested) ? requested : null;
    const allowed = allowedTypes(current, toStatus);
    if (membershipType === null || !allowed.includes(membershipType)) {
      problems.push({ field: 'membershipType', i18nKey: 'membership:error.typeNotAllowed' });
    } else if (toStatus === current.status && membershipType === current.type) {
      problems.push({ field: 'toStatus', i18nKey: 'membership:error.nothingChanges' });
    }
  }

  const changedOn = cleanText(input.changedOn);
  if (!changedOn || !isIsoDate(changedOn)) problems.push({ field: 'changedOn', i18nKey: 'errors:dateInvalid' });
  else if (changedOn > today) problems.push({ field: 'changedOn', i18nKey: 'membership:error.dateInFuture' });
  else if (lastChangedOn && changedOn < lastChangedOn) {
    problems.push({ field: 'changedOn', i18nKey: 'membership:error.dateBeforeLastChange', params: { date: lastChangedOn } });
  } else if (changedOn < '1900-01-01') problems.push({ field: 'changedOn', i18nKey: 'errors:dateInvalid' });

  const reason = (input.reason ?? '').trim() || null;
  if (reason && reason.length > MEMBERSHIP_REASON_MAX) {
    problems.push({ field: 'reason', i18nKey: 'errors:fieldTooLong', params: { max: MEMBERSHIP_REASON_MAX } });
  } else if (!reason && toStatus && reasonRequired(current.status, toStatus)) {
    problems.push({ field: 'reason', i18nKey: 'membership:error.reasonRequired' });
  }

  if (problems.length > 0 || !toStatus || !membershipType || !changedOn) return { ok: false, problems };
  return { ok: true, value: { toStatus, membershipType, changedOn, reason } };
}

/** Card numbers: letters, digits and inner hyphens, 3 to 32 characters, stored upper-case. */
const CARD_NUMBER = /^[A-Z0-9](?:[A-Z0-9-]{1,30})[A-Z0-9]$/;

/** A card number as stored (spaces dropped, upper-case), or null when it is not a valid one. */
export function normalizeCardNumber(raw: string): string | null {
  const value = raw.replace(/\s+/g, '').toUpperCase();
  return CARD_NUMBER.test(value) && !value.includes('--') ? value : null;
}

/** `UA-32` → `UA32-000123`: the region's code without punctuation, then a six-digit serial. */
export function formatCardNumber(regionCode: string, serial: number): string {
  const prefix = regionCode.toUpperCase().replace(/[^A-Z0-9]/g, '') || 'HR';
  return `${prefix}-${String(serial).padStart(6, '0')}`;
}
