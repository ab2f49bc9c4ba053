import type { MembershipStatus, MembershipType } from '@hromada/shared';
import { WeightedTable, type Rng } from './prng';
import { rngUuid } from './uuid';

/** The day the demo data describes: fixed, so the same seed gives the same data on any day. */
export const DEMO_AS_OF = '2026-11-01';

/** Shares of the current membership status; the rest are supporters without a membership. */
export const MEMBERSHIP_SHARES: Readonly<Record<MembershipStatus, number>> = {
  member: 0.45,
  candidate: 0.08,
  applicant: 0.05,
  suspended: 0.03,
  left: 0.04,
  expelled: 0.01,
};

/** One recorded step of a contact's membership, as the seed writes it. */
export interface SeedHistoryStep {
  id: string;
  fromStatus: MembershipStatus | null;
  toStatus: MembershipStatus;
  membershipType: MembershipType;
  changedOn: string;
  reason: string | null;
}

export interface SeedMembership {
  status: MembershipStatus;
  type: MembershipType;
  since: string;
  /** The first step's day (days since 1970-01-01). */
  joinedDay: number;
  /** Oldest first. */
  steps: SeedHistoryStep[];
}

const STATUS_TABLE = new WeightedTable<MembershipStatus | 'none'>([
  ...(Object.entries(MEMBERSHIP_SHARES) as [MembershipStatus, number][]),
  ['none', 1 - Object.values(MEMBERSHIP_SHARES).reduce((a, b) => a + b, 0)],
]);

/** How people reached their current status: every path follows the lifecycle in @hromada/shared. */
const PATHS: Readonly<Record<MembershipStatus, WeightedTable<readonly MembershipStatus[]>>> = {
  applicant: new WeightedTable([[['applicant'], 1]]),
  candidate: new WeightedTable([[['candidate'], 40], [['applicant', 'candidate'], 60]]),
  member: new WeightedTable([[['member'], 50], [['applicant', 'member'], 30], [['applicant', 'candidate', 'member'], 20]]),
  suspended: new WeightedTable([[['member', 'suspended'], 60], [['applicant', 'member', 'suspended'], 40]]),
  left: new WeightedTable([[['member', 'left'], 50], [['candidate', 'left'], 20], [['applicant', 'member', 'left'], 20], [['applicant', 'left'], 10]]),
  expelled: new WeightedTable([[['member', 'expelled'], 60], [['member', 'suspended', 'expelled'], 40]]),
};

const REASONS: Readonly<Partial<Record<MembershipStatus, readonly string[]>>> = {
  suspended: ['Несплата внесків понад шість місяців', 'За власною заявою на час військової служби', 'Рішення зборів осередку', 'За власною заявою на час роботи за кордоном'],
  left: ['За власною заявою', 'Переїзд за кордон', 'Переїзд в іншу громаду', 'Стан здоровʼя', 'Вступ на державну службу'],
  expelled: ['Порушення статуту', 'Дії, що дискредитують організацію', 'Систематична несплата внесків', 'Членство в іншій партії'],
};

/** Supporting members: a tenth of those who join. */
const SUPPORTER_TYPE_SHARE = 0.1;
/** History before this date was kept on paper: the first recorded step is not earlier. */
const RECORDS_BEGIN = '2012-01-01';
const RECORDS_BEGIN_DAY = Math.round(Date.parse(`${RECORDS_BEGIN}T00:00:00Z`) / 86_400_000);
/** Applicants and candidates are recent: their path starts within this many days. */
const RECENT_DAYS = 540;

const DAY_MS = 86_400_000;
export const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/**
 * Days since 1970-01-01 as YYYY-MM-DD, by integer arithmetic (H. Hinnant's civil_from_days):
 * the seed formats millions of dates, and a Date object per date is the slow part.
 */
export function isoOf(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * A current status with the steps that led to it (1–3, dated in order, none after `asOf`
 * or before the person turned 18), or null for a supporter who never joined.
 */
export function drawMembership(rng: Rng, adultFrom: number, asOf: number, forced?: MembershipStatus): SeedMembership | null {
  const status = forced ?? STATUS_TABLE.pick(rng);
  if (status === 'none') return null;
  const path = PATHS[status].pick(rng);
  const joinedAs: MembershipType = rng.chance(SUPPORTER_TYPE_SHARE) ? 'supporter' : 'member';
  const recent = status === 'applicant' || status === 'candidate';
  const earliest = Math.max(adultFrom, RECORDS_BEGIN_DAY, recent ? asOf - RECENT_DAYS : -Infinity);
  const dates = stepDates(rng, Math.min(earliest, asOf), asOf, path.length);

  const steps: SeedHistoryStep[] = [];
  let type: MembershipType = joinedAs;
  path.forEach((to, i) => {
    type = typeFor(to, path[i + 1], type, joinedAs);
    const reasons = REASONS[to];
    steps.push({ id: rngUuid(rng), fromStatus: i === 0 ? null : path[i - 1], toStatus: to, membershipType: type, changedOn: isoOf(dates[i]), reason: reasons ? rng.pick(reasons) : null });
  });
  return { status, type, since: steps[steps.length - 1].changedOn, joinedDay: dates[0], steps };
}

/** The type that goes with a step: what an applicant applies for, a candidate's, a member's; exits keep it. */
function typeFor(to: MembershipStatus, next: MembershipStatus | undefined, previous: MembershipType, joinedAs: MembershipType): MembershipType {
  if (to === 'applicant') return next === 'candidate' ? 'candidate' : joinedAs;
  if (to === 'candidate') return 'candidate';
  if (to === 'member') return joinedAs;
  return previous;
}

/** `n` ordered days in [from, to], spread out: each gap at most an even share of what is left. */
function stepDates(rng: Rng, from: number, to: number, n: number): number[] {
  const span = to - from;
  const days = [from + rng.int(0, Math.max(0, span - 30 * (n - 1)))];
  for (let i = 1; i < n; i++) {
    const left = to - days[i - 1];
    const maxGap = Math.max(0, Math.floor(left / (n - i)));
    days.push(days[i - 1] + rng.int(Math.min(14, maxGap), maxGap));
  }
  return days;
}
