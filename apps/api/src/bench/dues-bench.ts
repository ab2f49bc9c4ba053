import type { EntityManager } from '@mikro-orm/postgresql';
import { Viewer } from '../platform/auth/viewer';
import { execute } from '../platform/db/sql';
import { createDuesRollupLoader } from '../modules/dues/dues-rollup.loader';
import { generateDuesCharges, type ChargeRunResult } from '../modules/dues/dues-charges';
import { summarize, type LatencySummary } from './bench-stats';

export interface RollupRow {
  /** What was measured: a unit and its children, as the org unit page asks for them. */
  label: string;
  units: number;
  latency: LatencySummary;
  /** Every run's time, ms. */
  samples: number[];
}

/**
 * `OrgUnit.dues` as the org unit page costs it (the unit, then all its children in one
 * batch), through the real loader for a national administrator, for HQ, the largest region
 * and a branch, over twelve months. Fresh loaders per run, as per request.
 */
export async function measureDuesRollups(em: EntityManager, options: { runs: number; from: string; to: string }): Promise<RollupRow[]> {
  const [hq] = await execute<{ id: string; path: string }>(em, `select id, path::text as path from org_unit where parent_id is null order by path limit 1`);
  const [region] = await execute<{ path: string }>(
    em,
    `select u.path::text as path from org_unit u join org_unit_counter k on k.org_unit_id = u.id where u.kind = 'region' order by k.subtree_contacts desc limit 1`,
  );
  const [branch] = await execute<{ path: string }>(em, `select path::text as path from org_unit where kind = 'branch' and path <@ ?::ltree order by path limit 1`, [region.path]);
  const admin = new Viewer('bench', null, null, null, [{ role: 'admin', reach: 'SUBTREE', unitId: hq.id, unitPath: hq.path }]);
  const rows: RollupRow[] = [];
  for (const [label, path] of [['HQ and its regions', hq.path], ['largest region and its districts', region.path], ['a branch', branch.path]] as const) {
    const children = await execute<{ path: string }>(em, `select path::text as path from org_unit where parent_id = (select id from org_unit where path = ?::ltree)`, [path]);
    const samples: number[] = [];
    for (let i = 0; i < options.runs; i += 1) {
      const loader = createDuesRollupLoader(em, admin);
      const started = performance.now();
      await loader.load({ path, from: options.from, to: options.to });
      await loader.loadMany(children.map((c) => ({ path: c.path, from: options.from, to: options.to })));
      samples.push(performance.now() - started);
    }
    rows.push({ label, units: 1 + children.length, latency: summarize(samples), samples });
  }
  return rows;
}

/** The monthly charge run over the whole organization, as the scheduled task runs it. */
export function measureChargeRun(em: EntityManager, month: string): Promise<ChargeRunResult> {
  return generateDuesCharges(em, { month, yearlyMonth: 1, grants: null });
}
