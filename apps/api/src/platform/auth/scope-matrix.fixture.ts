import type { FixtureContact, Tree } from '../../test-support/tree-fixture';
import type { ScopeOracle } from './scope-oracle';
import type { ViewerSpec } from './scope-matrix.viewers';

/** The `index`-th contact kept at a unit path of the matrix tree. */
export function contactAt(tree: Tree, path: string, index = 0): FixtureContact {
  const unit = tree.units.find((u) => u.path === path);
  if (!unit) throw new Error(`no unit at ${path}`);
  return tree.contacts.filter((c) => c.unitId === unit.id)[index];
}

/** The viewer's own contact: in their unit, or somewhere neither under nor above it. */
export function ownContactId(spec: ViewerSpec, tree: Tree, oracle: ScopeOracle): string | null {
  if (spec.own === null) return null;
  if (typeof spec.own === 'object') return contactAt(tree, spec.own.at, 1).id;
  const unit = tree.units.find((u) => u.path === spec.assignments[0].at)!;
  if (spec.own === 'in-unit') return contactAt(tree, unit.path, 2).id;
  const apart = tree.units.filter((u) => !oracle.isAtOrUnder(u.id, unit.id) && !oracle.isAtOrUnder(unit.id, u.id));
  // At HQ nothing is apart: take the deepest, last unit.
  const target = apart.length > 0 ? apart[apart.length - 1] : tree.units[tree.units.length - 1];
  return contactAt(tree, target.path, 3).id;
}
