import type { EntityManager } from '@mikro-orm/postgresql';
import { normalizePhone } from '@hromada/shared';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import type { Viewer } from '../../platform/auth/viewer';
import { execute, pgArray } from '../../platform/db/sql';
import { Contact } from '../contacts/contact.entity';
import { duesCovers } from './dues-access';

export type MatchedBy = 'card' | 'phone' | 'email' | 'manual';

export interface RowMatch {
  contactId: string | null;
  matchedBy: MatchedBy | null;
  /** More than one contact fits: left for the user to choose. */
  ambiguous: boolean;
}

interface RowKeys {
  cards: string[];
  phones: string[];
  emails: string[];
}

/** Words of letters and digits with at least one digit: a membership card number may be any of them. */
const CARD_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\-/]*[\p{L}\p{N}]/gu;
const PHONE_LIKE = /\+?\d[\d\s\-()]{7,17}\d/g;
const EMAIL = /[^\s@<>(),;:"'«»]+@[^\s@<>(),;:"'«»]+\.[a-z]{2,}/gi;

/** What in a row's payer and purpose could name a contact: card numbers, phones, e-mails. */
export function rowKeys(text: string): RowKeys {
  // As written and upper-cased: card numbers are compared exactly, so the unique index serves.
  const tokens = (text.match(CARD_TOKEN) ?? []).filter((t) => /\d/.test(t) && t.length >= 3 && t.length <= 32);
  const cards = [...new Set(tokens.flatMap((t) => [t, t.toUpperCase()]))];
  const phones = [...new Set((text.match(PHONE_LIKE) ?? []).map((p) => normalizePhone(p)).filter((p): p is string => p !== null))];
  const emails = [...new Set((text.match(EMAIL) ?? []).map((e) => e.toLowerCase()))];
  return { cards, phones, emails };
}

interface Candidate {
  id: string;
  org_path: string;
  card_number: string | null;
  phones: string[];
  emails: string[];
}

/**
 * Finds the contact each text names, among contacts whose dues the viewer may write: by
 * membership card number first, then phone, then e-mail. One statement for all rows (GIN on
 * phones and e-mails, the unique index on card numbers); a key that fits several contacts
 * leaves the row unmatched rather than guessing.
 */
export async function matchRows(em: EntityManager, viewer: Viewer | null, texts: ReadonlyMap<number, string>): Promise<Map<number, RowMatch>> {
  const keys = new Map([...texts].map(([line, text]) => [line, rowKeys(text)]));
  const all = (pick: (k: RowKeys) => string[]) => pgArray([...new Set([...keys.values()].flatMap(pick))]);
  const scope = readScopeSql(viewer, Contact, 'c');
  const rows = await execute<Candidate>(
    em,
    `select c.id, c.org_path::text as org_path, c.card_number, c.phones, c.emails from contact c
      where (c.card_number = any(?::text[]) or c.phones && ?::text[] or c.emails && ?::text[]) and ${scope.sql}`,
    [all((k) => k.cards), all((k) => k.phones), all((k) => k.emails), ...scope.params],
  );
  const writable = rows.filter((c) => duesCovers(viewer, 'write', { id: c.id, orgPath: c.org_path }));
  const result = new Map<number, RowMatch>();
  for (const [line, k] of keys) {
    const attempts: [MatchedBy, Candidate[]][] = [
      ['card', writable.filter((c) => c.card_number !== null && k.cards.includes(c.card_number))],
      ['phone', writable.filter((c) => c.phones.some((p) => k.phones.includes(p)))],
      ['email', writable.filter((c) => c.emails.some((e) => k.emails.includes(e)))],
    ];
    const hit = attempts.find(([, found]) => found.length > 0);
    if (!hit) result.set(line, { contactId: null, matchedBy: null, ambiguous: false });
    else if (hit[1].length > 1) result.set(line, { contactId: null, matchedBy: null, ambiguous: true });
    else result.set(line, { contactId: hit[1][0].id, matchedBy: hit[0], ambiguous: false });
  }
  return result;
}

export interface PaymentKey {
  line: number;
  date: string;
  amountKopiyky: number;
  reference: string | null;
}

/**
 * Lines already recorded as a payment: same day, amount and reference. Across the whole
 * organization, so a statement imported by two branches cannot record the same money twice.
 */
export async function recordedLines(em: EntityManager, keys: readonly PaymentKey[]): Promise<Set<number>> {
  if (keys.length === 0) return new Set();
  const rows = await execute<{ line: number }>(
    em,
    `select k.line from unnest(?::int[], ?::date[], ?::bigint[], ?::text[]) as k (line, day, amount, reference)
      where exists (select 1 from dues_payment p where p.paid_on = k.day and p.amount_kopiyky = k.amount and p.reference is not distinct from k.reference)`,
    [pgArray(keys.map((k) => k.line)), pgArray(keys.map((k) => k.date)), pgArray(keys.map((k) => k.amountKopiyky)), pgArray(keys.map((k) => k.reference))],
  );
  return new Set(rows.map((r) => Number(r.line)));
}
