import { setImmediate as nextTurn } from 'node:timers/promises';
import { EntityManager as BaseEntityManager } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { calendarDateIn } from '@hromada/shared';
import { hashPassword } from '../../auth/password';
import type { Logger } from '../../logging/logger';
import { execute } from '../sql';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { DEFAULT_BRANCHES, DEFAULT_CONTACTS, DEFAULT_SEED, generateContacts, generateOrganization } from './demo-organization';
import { dropForeignKeys, dropSecondaryIndexes, insertAccounts, insertContacts, insertMembershipHistory, insertUnits } from './seed-sql';
import { seedDemoDues } from './demo-dues';

export interface SeedOptions {
  /** Total contacts, the demo accounts' and fixtures' own included. */
  contacts?: number;
  branches?: number;
  seed?: number;
  /** The organization's calendar day (YYYY-MM-DD): the dues history ends in its month. */
  today?: string;
  log?: Logger;
}

export interface SeedSummary {
  units: number;
  branches: number;
  contacts: number;
  users: number;
  duesCharges: number;
  duesPayments: number;
  ms: number;
}

/** Rows per contact statement: large enough to amortize the round trip and the counter trigger. */
const CONTACT_BATCH = 10_000;
/** Memory for rebuilding the contact indexes, for this transaction only. */
const INDEX_BUILD_MEMORY = '256MB';

/** True when the database holds any org unit: the demo must not be loaded over real data. */
export async function isDatabaseSeeded(em: EntityManager): Promise<boolean> {
  const [row] = await execute<{ seeded: boolean }>(em, 'select exists (select 1 from org_unit) as seeded');
  return row.seeded;
}

/**
 * Loads the demo organization, its accounts and contacts in one transaction: all of it or
 * nothing. Expects an empty database (check with `isDatabaseSeeded`).
 */
export async function seedDemoOrganization(target: MikroORM | EntityManager, options: SeedOptions = {}): Promise<SeedSummary> {
  const { contacts = DEFAULT_CONTACTS, branches = DEFAULT_BRANCHES, seed = DEFAULT_SEED, today = calendarDateIn('Europe/Kyiv'), log } = options;
  const started = performance.now();
  const units = generateOrganization({ branches, seed });
  // argon2 is deliberately slow: one hash serves every demo account.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // MikroORM.init builds the core class, so tell the two apart by the entity manager's.
  const em = (target instanceof BaseEntityManager ? target : target.em).fork();
  let inserted = 0;
  let dues = { charges: 0, payments: 0 };
  await em.transactional(async (tx) => {
    await insertUnits(tx, units);
    log?.info({ units: units.length, branches }, 'demo organization: units inserted');
    const rebuild = [
      ...(await dropSecondaryIndexes(tx, 'contact')),
      ...(await dropSecondaryIndexes(tx, 'membership_status_change')),
      ...(await dropForeignKeys(tx, 'membership_status_change')),
    ];
    let pending: Promise<void> | undefined;
    let nextReport = contacts / 10;
    for (const batch of generateContacts({ units, count: contacts, seed, batchSize: CONTACT_BATCH })) {
      // The next batch is generated here while PostgreSQL is still inserting the previous one.
      await pending;
      const contactBatch = batch;
      pending = insertContacts(tx, contactBatch).then(() => insertMembershipHistory(tx, contactBatch));
      // Handled when awaited above; the no-op handler keeps a failure from counting as unhandled meanwhile.
      pending.catch(() => undefined);
      await nextTurn();
      inserted += batch.length;
      if (inserted >= nextReport) {
        log?.info({ contacts: inserted, of: contacts }, 'demo organization: inserting contacts');
        nextReport += contacts / 10;
      }
    }
    await pending;
    // Before the indexes come back: setting a million balances then touches no secondary index.
    const duesStarted = performance.now();
    dues = await seedDemoDues(tx, { seed, today });
    log?.info({ ...dues, ms: Math.round(performance.now() - duesStarted) }, 'demo organization: dues history');
    const indexing = performance.now();
    await execute(tx, `set local maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`);
    for (const statement of rebuild) await execute(tx, statement);
    log?.info({ statements: rebuild.length, ms: Math.round(performance.now() - indexing) }, 'demo organization: indexes and keys rebuilt');
    await insertAccounts(tx, DEMO_ACCOUNTS, new Map(units.map((u) => [u.code, u.id])), passwordHash);
    // Cards issued from now on continue the demo's serials.
    await execute(tx, `select setval('membership_card_seq', coalesce(max(n), 1), max(n) is not null)
                         from (select substring(card_number from '-(\\d+)$')::bigint as n from contact where card_number is not null) c`);
    // Fresh statistics, or the planner guesses at the first queries over a million rows.
    await execute(tx, 'analyze org_unit, org_unit_counter, contact, membership_status_change, app_user, role_assignment, dues_charge, dues_payment, dues_unit_month, dues_unit_balance');
  });
  // Marks the new rows all-visible (outside the transaction, as VACUUM must be), so searches
  // can be answered from the prefix index alone before autovacuum gets round to the table.
  await execute(em, 'vacuum contact');
  // Each contact statement updated every counter row, so the transaction left ~100 versions of
  // each (2,400 pages for 5,000 rows at 1M), which every later counter update would scan.
  await execute(em, 'vacuum full org_unit_counter');
  const summary: SeedSummary = {
    units: units.length,
    branches,
    contacts: inserted,
    users: DEMO_ACCOUNTS.length,
    duesCharges: dues.charges,
    duesPayments: dues.payments,
    ms: Math.round(performance.now() - started),
  };
  log?.info({ ...summary }, 'demo organization: done');
  return summary;
}
