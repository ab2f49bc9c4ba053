import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { duplicateNameKey, type DuplicateRule, type Gender } from '@hromada/shared';
import { ORG_OWNED_TYPES } from '../../platform/auth/org-scope-filter';
import { scopePredicate } from '../../platform/auth/scope-sql';
import type { DomainScope } from '../../platform/auth/viewer';
import { execute, pgArray } from '../../platform/db/sql';
import { Contact } from '../contacts/contact.entity';
import {
  COLLECT_PAIRS, CREATE_SCOPE, CREATE_WORK_TABLES, DROP_STALE_PAIRS, INSERT_NAMES, NAME_RULE, NAMES_PAGE, SAVE_PAIRS, SCAN_LOCK, SHARED_DETAIL,
} from './duplicate-scan.sql';

export interface ScanTarget {
  /** The subtree scanned. */
  unitPath: string;
  /** Contact scopes a contact must be in, every one of them (the grants stored with the task, and the user's now). */
  scopes: readonly DomainScope[];
  /** The background task writing the pairs, if any. */
  taskId?: string | null;
}

export interface ScanSummary {
  contacts: number;
  pairs: number;
  newPairs: number;
  stalePairsRemoved: number;
  byRule: Record<DuplicateRule, number>;
}

export type ScanProgress = (done: number, total: number) => Promise<void>;

/** Phases reported to the progress bar: scope, names, e-mails, phones, name comparison, saving. */
const SCAN_PHASES = 6;
const NAMES_PAGE_SIZE = 25_000;

/**
 * Finds duplicate pairs among the contacts of a subtree that are in every given scope, and
 * writes them to `duplicate_pair`: set-based SQL per rule over a temp copy of the scanned
 * contacts, in one transaction (all the pairs of a scan, or none). Scans run one at a time.
 * This is what the duplicate-scan benchmark measures.
 */
export async function scanDuplicates(em: EntityManager, target: ScanTarget, progress: ScanProgress = async () => undefined): Promise<ScanSummary> {
  const columns = ORG_OWNED_TYPES.get(Contact.name)!.columns;
  const scope = target.scopes.map((s) => scopePredicate(s, columns, 'c'));
  return em.transactional(async (tx) => {
    await execute(tx, SCAN_LOCK);
    await execute(tx, CREATE_SCOPE(scope.map((s) => s.sql).join(' and ') || 'false'), [target.unitPath, ...scope.flatMap((s) => s.params)]);
    for (const statement of CREATE_WORK_TABLES) await execute(tx, statement);
    const [{ n: contacts }] = await execute<{ n: number }>(tx, 'select count(*)::int as n from dup_scope');
    await progress(1, SCAN_PHASES);

    await foldNames(tx);
    await progress(2, SCAN_PHASES);
    const byRule: Record<DuplicateRule, number> = { email: 0, phone: 0, name_birth_date: 0 };
    for (const [rule, column] of [['email', 'emails'], ['phone', 'phones']] as const) {
      const statement = SHARED_DETAIL(rule, column);
      await execute(tx, statement.sql, statement.params);
      await progress(rule === 'email' ? 3 : 4, SCAN_PHASES);
    }
    for (const statement of NAME_RULE.setup) await execute(tx, statement);
    await execute(tx, NAME_RULE.sql);
    await progress(5, SCAN_PHASES);

    await execute(tx, COLLECT_PAIRS.sql, COLLECT_PAIRS.params);
    const counts = await execute<{ rule: DuplicateRule; n: number }>(tx, 'select r as rule, count(*)::int as n from dup_pairs, unnest(rules) r group by r');
    for (const { rule, n } of counts) byRule[rule] = n;
    const saved = await execute<{ inserted: boolean }>(tx, SAVE_PAIRS, [target.taskId ?? null]);
    const stale = await execute<{ n: number }>(tx, `with gone as (${DROP_STALE_PAIRS} returning 1) select count(*)::int as n from gone`, [target.unitPath]);
    await progress(6, SCAN_PHASES);
    const [{ n: pairs }] = await execute<{ n: number }>(tx, 'select count(*)::int as n from dup_pairs');
    return { contacts, pairs, newPairs: saved.filter((row) => row.inserted).length, stalePairsRemoved: stale[0].n, byRule };
  });
}

interface NameRow {
  id: string;
  birth_date: string;
  gender: Gender | null;
  last_name: string;
  first_name: string;
}

/** Folds the names of the scanned contacts with a birth date into `dup_name`, a page at a time. */
async function foldNames(tx: EntityManager): Promise<void> {
  const trx = tx.getTransactionContext<Knex.Transaction>();
  if (!trx) throw new Error('the scan runs in a transaction');
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await execute<NameRow>(tx, NAMES_PAGE, [after, NAMES_PAGE_SIZE]);
    if (rows.length === 0) return;
    // Bound parameters: inlining a page of names into the SQL text would cost megabytes of escaping.
    await trx.raw(INSERT_NAMES, [
      pgArray(rows.map((r) => r.id)),
      pgArray(rows.map((r) => r.birth_date)),
      pgArray(rows.map((r) => r.gender)),
      pgArray(rows.map((r) => duplicateNameKey({ lastName: r.last_name, firstName: r.first_name }))),
    ]);
    after = rows[rows.length - 1].id;
  }
}
