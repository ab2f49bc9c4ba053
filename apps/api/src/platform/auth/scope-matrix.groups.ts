import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../db/sql';
import type { Probes } from '../../test-support/graphql-probes';
import type { Tree } from '../../test-support/tree-fixture';
import type { Cases } from './scope-matrix.cases';
import type { OracleView, OracleViewer, ScopeOracle } from './scope-oracle';

/**
 * The scope matrix's part for contact groups. A group is owned by a unit and shared down the
 * tree: the oracle's rules, written out here apart from the production code, are
 * - visible to a viewer with contact access ('scope', so not members) whose grant covers the
 *   owner unit, or whose granted unit lies at or under the owner unit;
 * - editable where the viewer's grant covers the owner unit;
 * - a group's count for a viewer is their visible contacts under the owner unit that are in it.
 */
const STAFF = new Set(['admin', 'manager', 'branch_head']);

export interface MatrixGroup {
  id: string;
  unitId: string;
  kind: 'smart' | 'static';
  /** Static groups: their member contacts. */
  members: Set<string>;
}

/** One smart group with no criteria per unit, and one static group at the root holding every other contact. */
export async function seedGroups(em: EntityManager, tree: Tree): Promise<MatrixGroup[]> {
  const groups: MatrixGroup[] = tree.units.map((u) => ({ id: randomUUID(), unitId: u.id, kind: 'smart', members: new Set<string>() }));
  const root = tree.units.find((u) => u.parentId === null)!;
  const listed: MatrixGroup = { id: randomUUID(), unitId: root.id, kind: 'static', members: new Set(tree.contacts.filter((_, i) => i % 2 === 0).map((c) => c.id)) };
  groups.push(listed);
  for (const [i, g] of groups.entries()) {
    await execute(em, `insert into contact_group (id, name, kind, filter, org_unit_id, org_path) values (?, ?, ?, ?::jsonb, ?, null)`, [
      g.id, `Група ${String(i).padStart(2, '0')}`, g.kind, g.kind === 'smart' ? '{"version":1}' : null, g.unitId,
    ]);
  }
  await execute(em, `insert into contact_group_member (group_id, contact_id) select ?::uuid, unnest(?::uuid[])`, [listed.id, `{${[...listed.members].join(',')}}`]);
  return groups;
}

function coversUnit(oracle: ScopeOracle, viewer: OracleViewer, unitId: string): boolean {
  return viewer.assignments.some((a) => STAFF.has(a.role) && (a.reach === 'SUBTREE' ? oracle.isAtOrUnder(unitId, a.unitId) : a.unitId === unitId));
}

function sharedWith(oracle: ScopeOracle, viewer: OracleViewer, unitId: string): boolean {
  return viewer.assignments.some((a) => STAFF.has(a.role) && oracle.isAtOrUnder(a.unitId, unitId));
}

/** Every group: listed, by id, its count and whether it may be edited, against the oracle. */
export async function checkGroups(
  cases: Cases,
  probes: Probes,
  token: string,
  viewer: OracleViewer,
  view: OracleView,
  oracle: ScopeOracle,
  tree: Tree,
  groups: readonly MatrixGroup[],
): Promise<void> {
  const visible = new Set(groups.filter((g) => coversUnit(oracle, viewer, g.unitId) || sharedWith(oracle, viewer, g.unitId)).map((g) => g.id));
  await cases.op('contactGroups', async () => {
    const data = await probes.ok<{ contactGroups: { totalCount: number; edges: { node: { id: string } }[] } }>(
      '{ contactGroups(first: 100) { totalCount edges { node { id } } } }',
      {},
      token,
    );
    cases.eq('contactGroups', 'ids', data.contactGroups.edges.map((e) => e.node.id).sort(), [...visible].sort());
    cases.eq('contactGroups', 'totalCount', data.contactGroups.totalCount, visible.size);
  });
  await cases.op('contactGroup(id)', async () => {
    const got = await probes.probeById<{ id: string; count: number; viewerCanWrite: boolean }>(token, 'contactGroup', '{ id count viewerCanWrite }', groups.map((g) => g.id));
    for (const g of groups) {
      const label = `${g.kind} at ${tree.units.find((u) => u.id === g.unitId)!.path}`;
      const group = got.get(g.id) ?? null;
      cases.eq('contactGroup(id)', `${label} visible`, group !== null, visible.has(g.id));
      if (!group || !visible.has(g.id)) continue;
      const subtree = oracle.subtreeOf(g.unitId);
      const expected = tree.contacts.filter((c) => view.contacts.has(c.id) && subtree.has(c.unitId) && (g.kind === 'smart' || g.members.has(c.id))).length;
      cases.eq('contactGroup.count', label, group.count, expected);
      cases.eq('contactGroup.viewerCanWrite', label, group.viewerCanWrite, coversUnit(oracle, viewer, g.unitId));
    }
  });
}
