import type { MembershipStatus } from './contact-fields';
import { cleanText, isIsoDate, type FieldProblem, type Validated } from './contact-validation';

export const DUES_PERIOD_KINDS = ['monthly', 'yearly'] as const;
export type DuesPeriodKind = (typeof DUES_PERIOD_KINDS)[number];

export const PAYMENT_METHODS = ['cash', 'bank_transfer', 'card'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/**
 * Statuses that owe dues. Applicants are not members yet; suspended members are not charged
 * while suspended (they may still pay off arrears); those who left or were expelled owe no more.
 */
export const DUES_CHARGED_STATUSES = ['member', 'candidate'] as const satisfies readonly MembershipStatus[];

/** Column limits of the money tables, checked before the database would refuse them. */
export const DUES_LIMITS = {
  /** One payment or contribution: 1,000,000 UAH. Larger sums are mistakes (an extra zero). */
  maxAmountKopiyky: 100_000_000,
  reference: 140,
  note: 1000,
  campaign: 100,
  receiptNumber: 40,
  reason: 500,
  /** Nothing older is entered by hand. */
  earliestDate: '2000-01-01',
} as const;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

/** A month period, 'YYYY-MM'. */
export function isMonthPeriod(value: string): boolean {
  return MONTH.test(value) && value >= '2000-01';
}

/** A charge's period: 'YYYY-MM' for monthly dues, 'YYYY' for yearly. */
export function isDuesPeriod(value: string): boolean {
  return isMonthPeriod(value) || (YEAR.test(value) && value >= '2000');
}

/** The first and last day of a month period. */
export function monthBounds(month: string): { first: string; last: string } {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`Not a month: ${month}`);
  const days = new Date(Date.UTC(Number(match[1]), Number(match[2]), 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(days).padStart(2, '0')}` };
}

/** One entry of money: a dues payment or a contribution, as a form or the API gives it. */
export interface MoneyEntryInput {
  amountKopiyky: number;
  /** YYYY-MM-DD. */
  date: string;
  reference?: string | null;
  note?: string | null;
  campaign?: string | null;
  receiptNumber?: string | null;
}

export interface MoneyEntry {
  amountKopiyky: number;
  date: string;
  reference: string | null;
  note: string | null;
  campaign: string | null;
  receiptNumber: string | null;
}

/**
 * Checks a payment or contribution: a positive whole number of kopiyky up to the sane
 * maximum, a real date not after `today` (the organization's calendar day) nor before
 * 2000, texts within their columns; a receipt number when `receiptRequired`. Every
 * problem is reported, under the field names `amount`, `date`, `reference` …
 */
export function validateMoneyEntry(input: MoneyEntryInput, today: string, options: { receiptRequired?: boolean } = {}): Validated<MoneyEntry> {
  const problems: FieldProblem[] = [];
  const amount = input.amountKopiyky;
  if (!Number.isSafeInteger(amount) || amount <= 0) problems.push({ field: 'amount', i18nKey: 'dues:error.amountPositive' });
  else if (amount > DUES_LIMITS.maxAmountKopiyky) {
    problems.push({ field: 'amount', i18nKey: 'dues:error.amountTooLarge', params: { max: DUES_LIMITS.maxAmountKopiyky / 100 } });
  }
  const date = input.date.trim();
  if (!isIsoDate(date) || date < DUES_LIMITS.earliestDate) problems.push({ field: 'date', i18nKey: 'errors:dateInvalid' });
  else if (date > today) problems.push({ field: 'date', i18nKey: 'dues:error.dateInFuture' });
  const text = (field: string, value: string | null | undefined, max: number) => {
    const cleaned = field === 'note' ? (value ?? '').trim() || null : cleanText(value);
    if (cleaned && cleaned.length > max) problems.push({ field, i18nKey: 'errors:fieldTooLong', params: { max } });
    return cleaned;
  };
  const reference = text('reference', input.reference, DUES_LIMITS.reference);
  const note = text('note', input.note, DUES_LIMITS.note);
  const campaign = text('campaign', input.campaign, DUES_LIMITS.campaign);
  const receiptNumber = text('receiptNumber', input.receiptNumber, DUES_LIMITS.receiptNumber);
  if (options.receiptRequired && !receiptNumber) problems.push({ field: 'receiptNumber', i18nKey: 'errors:fieldRequired' });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { amountKopiyky: amount, date, reference, note, campaign, receiptNumber } };
}

export interface ChargeForArrears {
  period: string;
  amountKopiyky: number;
  /** YYYY-MM-DD. */
  dueOn: string;
}

export interface UnpaidPeriod extends ChargeForArrears {
  /** What is still owed of this charge (less than its amount when partly paid). */
  outstandingKopiyky: number;
}

/**
 * The periods still unpaid, oldest first, when payments are allocated to charges oldest
 * first (FIFO). With the balance kept as payments minus charges, the amount owed is
 * `-balance`; it sits on the newest charges, so walking back from the newest charge until
 * the owed amount is used up gives the same answer as allocating every payment forward,
 * without reading a single payment. An overpayment (positive balance) owes nothing.
 */
export function unpaidPeriods(charges: readonly ChargeForArrears[], balanceKopiyky: number): UnpaidPeriod[] {
  let owed = Math.max(0, -balanceKopiyky);
  const newestFirst = [...charges].sort((a, b) => (a.dueOn === b.dueOn ? cmp(b.period, a.period) : cmp(b.dueOn, a.dueOn)));
  const unpaid: UnpaidPeriod[] = [];
  for (const charge of newestFirst) {
    if (owed <= 0) break;
    const outstanding = Math.min(charge.amountKopiyky, owed);
    unpaid.push({ ...charge, outstandingKopiyky: outstanding });
    owed -= outstanding;
  }
  return unpaid.reverse();
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
