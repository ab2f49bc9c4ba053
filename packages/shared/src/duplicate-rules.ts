import type { Gender } from './contact-fields';
import { searchKey } from './search-key';

/** Why two contacts look like one person. */
export const DUPLICATE_RULES = ['email', 'phone', 'name_birth_date'] as const;
export type DuplicateRule = (typeof DUPLICATE_RULES)[number];

export const DUPLICATE_PAIR_STATUSES = ['open', 'merged', 'dismissed'] as const;
export type DuplicatePairStatus = (typeof DUPLICATE_PAIR_STATUSES)[number];

/**
 * pg_trgm similarity of two folded names (last + first, in either order) at or above which,
 * with the same birth date, two contacts are a pair. Calibrated on the cases in
 * duplicate-name-threshold.int-spec.ts: one person across alphabets, in a Russian form
 * (Олександр / Александр 0.77, Дмитро / Дмитрий 0.78) or with a dropped, doubled or swapped
 * letter (Шевчнко 0.74, Ірна 0.69, Богдна 0.67) reaches it; siblings with the same surname
 * and birth date stay below (Ірина / Інна 0.65, Марко / Марта 0.64, Олена / Оксана 0.60).
 * Feminine forms of a brother's name (Олександр / Олександра 0.85) are told apart only by
 * gender, when both records have one. A human reviews every pair; this keeps the list honest.
 */
export const NAME_SIMILARITY_THRESHOLD = 0.66;

/**
 * A phone or e-mail shared by more contacts than this is an office number or a family
 * mailbox, not a sign of one person: the scan skips it rather than pair everyone with it.
 */
export const MAX_SHARED_DETAIL_GROUP = 20;

/** What each rule alone says about a pair, combined as independent evidence in `pairScore`. */
export const RULE_WEIGHTS: Readonly<Record<DuplicateRule, number>> = {
  // An e-mail is personal far more often than a phone, which families and offices share.
  email: 0.9,
  phone: 0.75,
  // Scaled by the names' similarity: an exact name and birth date weighs as much as an e-mail.
  name_birth_date: 0.9,
};

/**
 * The name a contact is compared by: last and first name (no patronymic, which imported
 * lists often lack), folded across alphabets so "Шевченко Тарас" and "Shevchenko Taras" meet.
 */
export function duplicateNameKey(parts: { lastName: string; firstName: string }): string {
  return searchKey(`${parts.lastName} ${parts.firstName}`);
}

/** Two known, different genders rule a name match out (Олег and Олена, born the same day). */
export function gendersCompatible(a: Gender | null, b: Gender | null): boolean {
  return a === null || b === null || a === b;
}

/**
 * A pair's score, 0–100: the rules as independent evidence, 1 − Π(1 − wᵢ), where the
 * name rule's weight is scaled by the similarity. Two rules together outrank either alone.
 * The scan computes the same in SQL (duplicate-scan.sql.ts); a test holds the two together.
 */
export function pairScore(rules: readonly DuplicateRule[], nameSimilarity: number | null): number {
  let unlikely = 1;
  for (const rule of rules) {
    const scale = rule === 'name_birth_date' ? Math.min(1, Math.max(0, nameSimilarity ?? 0)) : 1;
    unlikely *= 1 - RULE_WEIGHTS[rule] * scale;
  }
  return Math.round((1 - unlikely) * 100);
}
