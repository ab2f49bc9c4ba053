import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { contactFullName, contactSearchDocument, toLatin } from '@hromada/shared';
import type { Viewer } from '../platform/auth/viewer';
import { execute, executeBound } from '../platform/db/sql';
import { scanDuplicates, type ScanSummary } from '../modules/duplicates/duplicate-scan';
import { BenchSetupError } from './bench-setup';
import { since } from './bench-stats';

/** The size: a region of about 50K contacts. */
const SCAN_REGION_SIZE = 50_000;
/** Second records planted per scan: 5 % of the region's contacts, at most 2,500. */
const PLANTED_SHARE = 0.05;
const PLANTED_MAX = 2_500;
/**
 * Their kinds, in the shares of docs/duplicates.md (800 : 400 : 400 : 400 : 500 of 2,500):
 * the i-th planted record is of kind KIND_CYCLE[i % 25].
 */
const KIND_CYCLE = [
  ...Array<Kind>(8).fill('latinName'), ...Array<Kind>(4).fill('surnameTypo'), ...Array<Kind>(4).fill('samePhone'),
  ...Array<Kind>(4).fill('sameEmail'), ...Array<Kind>(5).fill('family'),
];

type Kind = 'latinName' | 'surnameTypo' | 'samePhone' | 'sameEmail' | 'family';

export interface ScanRun {
  region: { path: string; name: string };
  times: number[];
  summary: ScanSummary;
  planted: number;
}

interface Source {
  org_unit_id: string;
  last_name: string;
  first_name: string;
  gender: string | null;
  birth_date: string | null;
  phones: string[];
  emails: string[];
}

/**
 * The duplicate scan of the region closest to 50K contacts, `runs` times. The seed makes no
 * duplicates, so each run first plants second records of people in the region (a name in
 * Latin letters, a typo in the surname, a shared phone or e-mail, family members sharing a
 * phone), then times the scan, then rolls everything back: the pairs it saved and the planted
 * contacts do not stay.
 */
export async function timeDuplicateScans(em: EntityManager, viewer: Viewer, runs: number, progress: (message: string) => void): Promise<ScanRun> {
  const [region] = await execute<{ path: string; name: string; contacts: number }>(
    em,
    `select u.path::text as path, u.name_en as name, c.subtree_contacts as contacts from org_unit u join org_unit_counter c on c.org_unit_id = u.id
      where u.kind = 'region' order by abs(c.subtree_contacts - ?), u.path limit 1`,
    [SCAN_REGION_SIZE],
  );
  if (!region) throw new BenchSetupError('The database has no region to scan for duplicates.');
  const times: number[] = [];
  let summary: ScanSummary | null = null;
  let planted = 0;
  for (let run = 0; run < runs; run += 1) {
    await rolledBack(em, async (tx) => {
      planted = await plantDuplicates(tx, region.path, Math.min(PLANTED_MAX, Math.round(region.contacts * PLANTED_SHARE)));
      const start = performance.now();
      summary = await scanDuplicates(tx, { unitPath: region.path, scopes: [viewer.scope('contacts', 'write')], taskId: null });
      times.push(since(start));
    });
    progress(`  duplicate scan ${region.name}: ${summary!.pairs} pairs, ${(times.at(-1)! / 1000).toFixed(1)} s`);
  }
  return { region, times, summary: summary!, planted };
}

/** Inserts up to `wanted` second records (one statement); returns how many. */
async function plantDuplicates(em: EntityManager, regionPath: string, wanted: number): Promise<number> {
  // A fixed sample (by hashed id) of people with a birth date, a phone and an e-mail, so every kind can be made from each.
  const sources = await execute<Source>(
    em,
    `select org_unit_id, last_name, first_name, gender, birth_date::text as birth_date, phones, emails from contact
      where org_path <@ ?::ltree and birth_date is not null and phones <> '{}' and emails <> '{}'
      order by md5(id::text) limit ?`,
    [regionPath, wanted],
  );
  if (sources.length === 0) return 0;
  const records = sources.map((source, i) => {
    // Kept in another branch of the region, as second records usually are.
    const unit = sources[(i + 1) % sources.length].org_unit_id;
    const fields = secondRecord(KIND_CYCLE[i % KIND_CYCLE.length], source);
    return {
      id: randomUUID(), org_unit_id: unit, ...fields,
      sort_name: contactFullName({ lastName: fields.last_name, firstName: fields.first_name }),
      search_doc: contactSearchDocument({ lastName: fields.last_name, firstName: fields.first_name, emails: fields.emails, phones: fields.phones }),
    };
  });
  await executeBound(
    em,
    `insert into contact (id, org_unit_id, org_path, last_name, first_name, gender, birth_date, phones, emails, sort_name, search_doc)
     select r.id, r.org_unit_id, '', r.last_name, r.first_name, r.gender, r.birth_date, r.phones, r.emails, r.sort_name, r.search_doc
       from jsonb_to_recordset(?::jsonb) as r (id uuid, org_unit_id uuid, last_name text, first_name text, gender text, birth_date date,
                                               phones text[], emails text[], sort_name text, search_doc text)`,
    [JSON.stringify(records)],
  );
  return records.length;
}

/** The planted record of one kind: what it shares with its source, and what differs. */
function secondRecord(kind: Kind, s: Source) {
  // No phone or e-mail of its own: one that happened to be someone else's would make a pair of its own.
  const own = { phones: [] as string[], emails: [] as string[] };
  const same = { last_name: s.last_name, first_name: s.first_name, gender: s.gender, birth_date: s.birth_date };
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  switch (kind) {
    case 'latinName':
      return { ...same, last_name: capital(toLatin(s.last_name)), first_name: capital(toLatin(s.first_name)), ...own };
    case 'surnameTypo': {
      const at = Math.max(1, Math.floor(s.last_name.length / 2));
      return { ...same, last_name: s.last_name.slice(0, at) + s.last_name.slice(at + 1), ...own };
    }
    case 'samePhone':
      return { ...same, birth_date: null, phones: s.phones.slice(0, 1), emails: [] };
    case 'sameEmail':
      return { ...same, birth_date: null, phones: [], emails: s.emails.slice(0, 1) };
    case 'family':
      // A family member: the surname and phone, another first name, no birth date given.
      return { ...same, first_name: s.gender === 'female' ? 'Петро' : 'Марія', gender: s.gender === 'female' ? 'male' : 'female', birth_date: null, phones: s.phones.slice(0, 1), emails: [] };
  }
}

/** Thrown to end a transaction with a rollback. */
const ROLLBACK = new Error('rolled back on purpose');

/** Runs `work` in a transaction and rolls it back. */
async function rolledBack(em: EntityManager, work: (tx: EntityManager) => Promise<void>): Promise<void> {
  try {
    await em.transactional(async (tx) => {
      await work(tx);
      throw ROLLBACK;
    });
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
}
