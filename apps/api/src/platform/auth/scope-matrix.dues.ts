/**
 * The scope matrix's dues cases: every contact of the generated tree gets charges, most get
 * payments, some contributions; each viewer then reads every contact's money, probes a
 * payment record on every contact (an invalid amount, so nothing is written and the answer
 * says only whether the write was allowed), and reads every visible unit's roll-up.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../db/sql';
import type { Probes } from '../../test-support/graphql-probes';
import { chunks } from '../../test-support/graphql-probes';
import type { TestServer } from '../../test-support/test-server';
import type { Tree } from '../../test-support/tree-fixture';
import type { Cases } from './scope-matrix.cases';
import type { OracleView, OracleViewer, ScopeOracle } from './scope-oracle';

export interface DuesFixture {
  /** Per contact: how many charges, payments and contributions it has, and their sums. */
  byContact: Map<string, { charges: number; payments: number; contributions: number; charged: number; paid: number; contributed: number }>;
}

/** Money rows for the tree's contacts, written straight (the dues services are tested elsewhere). */
export async function insertDuesFixture(em: EntityManager, tree: Tree): Promise<DuesFixture> {
  const byContact: DuesFixture['byContact'] = new Map();
  await em.transactional(async (tx) => {
    for (const [i, c] of tree.contacts.entries()) {
      const f = { charges: 1 + (i % 2), payments: i % 3 === 0 ? 0 : 1 + (i % 3), contributions: i % 4 === 0 ? 1 : 0, charged: 0, paid: 0, contributed: 0 };
      f.charged = f.charges * 5000;
      f.paid = f.payments * (100 + i);
      f.contributed = f.contributions * 7000;
      byContact.set(c.id, f);
      // As every dues writer does: the balance first, then the money rows.
      await execute(tx, 'update contact set dues_balance = ? where id = ?', [f.paid - f.charged, c.id]);
      const from = `select gen_random_uuid(), id, org_unit_id, org_path from contact where id = ?`;
      for (let m = 1; m <= f.charges; m++) {
        await execute(tx, `insert into dues_charge (id, contact_id, org_unit_id, org_path, period, amount_kopiyky, due_on) select *, '2026-0${m}', 5000, '2026-0${m}-01' from (${from}) x`, [c.id]);
      }
      for (let k = 1; k <= f.payments; k++) {
        await execute(tx, `insert into dues_payment (id, contact_id, org_unit_id, org_path, amount_kopiyky, method, paid_on) select *, ?, 'cash', '2026-02-0${k}' from (${from}) x`, [100 + i, c.id]);
      }
      if (f.contributions) {
        await execute(tx, `insert into contribution (id, contact_id, org_unit_id, org_path, amount_kopiyky, method, received_on, receipt_number) select *, 7000, 'card', '2026-03-01', ? from (${from}) x`, [`M-${i}`, c.id]);
      }
    }
  });
  return { byContact };
}

interface ContactDuesProbe {
  id: string;
  dues: { balanceKopiyky: number; charges: { totalCount: number }; payments: { totalCount: number } } | null;
  contributions: { totalCount: number } | null;
}

interface UnitDuesProbe {
  id: string;
  dues: { chargedKopiyky: number; paidKopiyky: number; contributionsKopiyky: number; arrearsKopiyky: number; membersInArrears: number } | null;
}

export async function checkDues(
  server: TestServer,
  probes: Probes,
  oracle: ScopeOracle,
  fixture: DuesFixture,
  tree: Tree,
  viewer: OracleViewer & { token: string },
  view: OracleView,
  cases: Cases,
  label: (contactId: string) => string,
): Promise<void> {
  const readable = oracle.duesReadable(viewer);
  const writable = oracle.duesWritable(viewer);

  await cases.op('contact.dues', async () => {
    const got = await probes.probeById<ContactDuesProbe>(
      viewer.token,
      'contact',
      '{ id dues { balanceKopiyky charges(first: 5) { totalCount } payments(first: 5) { totalCount } } contributions(first: 5) { totalCount } }',
      tree.contacts.map((c) => c.id),
    );
    for (const c of tree.contacts) {
      const f = fixture.byContact.get(c.id)!;
      const shown = view.contacts.has(c.id) && readable.has(c.id);
      const probe = got.get(c.id) ?? null;
      const expected = shown
        ? { balance: f.paid - f.charged, charges: f.charges, payments: f.payments, contributions: f.contributions }
        : null;
      const actual = probe?.dues
        ? { balance: probe.dues.balanceKopiyky, charges: probe.dues.charges.totalCount, payments: probe.dues.payments.totalCount, contributions: probe.contributions?.totalCount }
        : null;
      cases.eq('contact.dues', label(c.id), actual, expected);
    }
  });

  await cases.op('recordDuesPayment (refused amount)', async () => {
    // One mutation per request: a failed non-null mutation ends the request's others.
    for (const part of chunks(tree.contacts.map((c) => c.id), 8)) {
      const answers = await Promise.all(
        part.map((contactId) =>
          server.gql('mutation($id: ID!) { recordDuesPayment(input: { contactId: $id, amountKopiyky: 0, method: CASH, paidOn: "2026-01-01" }) { payment { id } } }', { id: contactId }, { token: viewer.token }),
        ),
      );
      part.forEach((id, i) => {
        // The directive refuses a viewer without dues write at all; the service tells
        // readable-only contacts (forbidden) from invisible ones (not found), then checks the amount.
        const expected = !oracle.writesDues(viewer) ? 'FORBIDDEN' : writable.has(id) ? 'BAD_USER_INPUT' : view.contacts.has(id) && readable.has(id) ? 'FORBIDDEN' : 'NOT_FOUND';
        cases.eq('recordDuesPayment', label(id), answers[i].errors?.map((e) => e.extensions?.code), [expected]);
      });
    }
  });

  await cases.op('orgUnit.dues', async () => {
    const units = tree.units.filter((u) => view.units.has(u.id));
    const got = await probes.probeById<UnitDuesProbe>(
      viewer.token,
      'orgUnit',
      '{ id dues(from: "2026-01", to: "2026-12") { chargedKopiyky paidKopiyky contributionsKopiyky arrearsKopiyky membersInArrears } }',
      units.map((u) => u.id),
    );
    const covered = oracle.duesGrantUnits(viewer);
    for (const u of units) {
      let expected: UnitDuesProbe['dues'] = null;
      if (covered !== null) {
        const subtree = oracle.subtreeOf(u.id);
        const counted = tree.contacts.filter((c) => subtree.has(c.unitId) && covered.has(c.unitId)).map((c) => fixture.byContact.get(c.id)!);
        const owing = counted.filter((f) => f.paid < f.charged);
        expected = {
          chargedKopiyky: counted.reduce((s, f) => s + f.charged, 0),
          paidKopiyky: counted.reduce((s, f) => s + f.paid, 0),
          contributionsKopiyky: counted.reduce((s, f) => s + f.contributed, 0),
          arrearsKopiyky: owing.reduce((s, f) => s + f.charged - f.paid, 0),
          membersInArrears: owing.length,
        };
      }
      cases.eq('orgUnit.dues', u.path, got.get(u.id)?.dues ?? null, expected);
    }
  });
}
