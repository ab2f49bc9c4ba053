import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, type FreshDatabase } from '../../../test-support/fresh-database';
import { buildTree, type Tree } from '../../../test-support/tree-fixture';
import { setMembership } from '../../../test-support/dues-fixture';
import { duesMismatches } from '../../../test-support/dues-consistency';
import { execute } from '../sql';
import { generateDuesCharges } from '../../../modules/dues/dues-charges';
import { DUES_HISTORY_MONTHS, monthsBefore, seedDemoDues, type DuesSeedSummary } from './demo-dues';

let db: FreshDatabase;
let tree: Tree;
let summary: DuesSeedSummary;
let members: string[];

beforeAll(async () => {
  db = await createFreshDatabase('demo_dues');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [4, 5], 20, 'dd');
  const ids = tree.contacts.map((c) => c.id);
  members = ids.filter((_, i) => i % 4 !== 3);
  await setMembership(em, members.filter((_, i) => i % 10 !== 0), 'member', 'member');
  await setMembership(em, members.filter((_, i) => i % 10 === 0), 'supporter', 'member');
  await setMembership(em, ids.filter((_, i) => i % 4 === 3), 'member', 'left');
  summary = await em.transactional((tx) => seedDemoDues(tx, { seed: 7, today: '2026-05-20' }));
});

afterAll(async () => {
  await db?.drop();
});

describe('seedDemoDues', () => {
  it('charges every month of the last year to every member, as the charge run would', async () => {
    const monthly = members.filter((_, i) => i % 10 !== 0).length;
    const yearly = members.length - monthly;
    // May 2025 to May 2026: one January, one yearly charge.
    expect(summary.charges).toBe(monthly * (DUES_HISTORY_MONTHS + 1) + yearly);
    expect(summary.payments).toBeGreaterThan(monthly * 6);
  });

  it('leaves a realistic mix: most paid up, some behind, a few ahead, nobody who left charged', async () => {
    const [row] = await execute<{ paid_up: number; behind: number; ahead: number; left_charged: number }>(
      db.orm.em.fork(),
      `select count(*) filter (where dues_balance = 0)::int as paid_up, count(*) filter (where dues_balance < 0)::int as behind,
              count(*) filter (where dues_balance > 0)::int as ahead,
              count(*) filter (where membership_status = 'left' and exists (select 1 from dues_charge ch where ch.contact_id = contact.id))::int as left_charged
         from contact`,
    );
    const total = members.length;
    expect(row.left_charged).toBe(0);
    expect(row.behind / total).toBeGreaterThan(0.15);
    expect(row.behind / total).toBeLessThan(0.6);
    expect(row.ahead).toBeGreaterThan(0);
    expect(row.paid_up / total).toBeGreaterThan(0.3);
  });

  it('follows the charge run’s rules: running it again for any seeded month charges nobody', async () => {
    for (const month of monthsBefore('2026-05', DUES_HISTORY_MONTHS)) {
      expect((await generateDuesCharges(db.orm.em.fork(), { month, yearlyMonth: 1, grants: null })).charged, month).toBe(0);
    }
  });

  it('pays nothing after today and keeps balances and summaries consistent', async () => {
    const [late] = await execute<{ n: number }>(db.orm.em.fork(), "select count(*)::int as n from dues_payment where paid_on > '2026-05-20'");
    expect(late.n).toBe(0);
    expect(await duesMismatches(db.orm.em.fork())).toEqual([]);
  });
});
