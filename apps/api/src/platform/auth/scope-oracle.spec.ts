import { describe, expect, it } from 'vitest';
import { ScopeOracle, type OracleAssignment, type OracleView } from './scope-oracle';

/**
 * HQ
 * ├─ R1 ─ B11, B12
 * └─ R2 ─ B21
 * Contacts: h1 at HQ, r1a at R1, b11a b11b at B11, b12a at B12, r2a at R2, b21a at B21.
 */
const units = [
  { id: 'HQ', parentId: null },
  { id: 'R1', parentId: 'HQ' },
  { id: 'R2', parentId: 'HQ' },
  { id: 'B11', parentId: 'R1' },
  { id: 'B12', parentId: 'R1' },
  { id: 'B21', parentId: 'R2' },
];
const contacts = [
  { id: 'h1', unitId: 'HQ' },
  { id: 'r1a', unitId: 'R1' },
  { id: 'b11a', unitId: 'B11' },
  { id: 'b11b', unitId: 'B11' },
  { id: 'b12a', unitId: 'B12' },
  { id: 'r2a', unitId: 'R2' },
  { id: 'b21a', unitId: 'B21' },
];
const oracle = new ScopeOracle(units, contacts);

const as = (role: string, reach: 'UNIT' | 'SUBTREE', unitId: string): OracleAssignment => ({ role, reach, unitId });
const sorted = (s: Iterable<string>) => [...s].sort();
const counts = (v: OracleView) => Object.fromEntries(sorted(v.units).map((id) => [id, v.contactCount.get(id)]));
const childCounts = (v: OracleView) => Object.fromEntries(sorted(v.units).map((id) => [id, v.children.get(id)!.length]));

describe('ScopeOracle on a hand-made tree', () => {
  it('walks the tree by parent links', () => {
    expect(oracle.ancestorsOf('B21')).toEqual(['HQ', 'R2']);
    expect(oracle.ancestorsOf('HQ')).toEqual([]);
    expect(sorted(oracle.subtreeOf('R1'))).toEqual(['B11', 'B12', 'R1']);
    expect(oracle.isAtOrUnder('B12', 'R1')).toBe(true);
    expect(oracle.isAtOrUnder('R1', 'R1')).toBe(true);
    expect(oracle.isAtOrUnder('B21', 'R1')).toBe(false);
  });

  it('UNIT at a region: that unit only, and the HQ above it for breadcrumbs', () => {
    const v = oracle.view({ assignments: [as('manager', 'UNIT', 'R1')], contactId: null });
    expect(sorted(v.contacts)).toEqual(['r1a']);
    expect(sorted(v.units)).toEqual(['HQ', 'R1']);
    expect(counts(v)).toEqual({ HQ: 1, R1: 1 });
    expect(childCounts(v)).toEqual({ HQ: 1, R1: 0 });
    expect(v.ancestors.get('R1')).toEqual(['HQ']);
    expect(v.parent.get('R1')).toBe('HQ');
    expect(v.parent.get('HQ')).toBeNull();
    expect(sorted(v.roots)).toEqual(['R1']);
  });

  it('SUBTREE at a region: the whole subtree', () => {
    const v = oracle.view({ assignments: [as('branch_head', 'SUBTREE', 'R1')], contactId: null });
    expect(sorted(v.contacts)).toEqual(['b11a', 'b11b', 'b12a', 'r1a']);
    expect(sorted(v.units)).toEqual(['B11', 'B12', 'HQ', 'R1']);
    expect(counts(v)).toEqual({ HQ: 4, R1: 4, B11: 2, B12: 1 });
    expect(childCounts(v)).toEqual({ HQ: 1, R1: 2, B11: 0, B12: 0 });
    expect(sorted(v.children.get('HQ')!)).toEqual(['R1']);
    expect(v.ancestors.get('B12')).toEqual(['HQ', 'R1']);
  });

  it('member: the org tree of the grant and of their own contact, but only that contact', () => {
    const v = oracle.view({ assignments: [as('member', 'SUBTREE', 'R1')], contactId: 'r2a' });
    expect(sorted(v.contacts)).toEqual(['r2a']);
    expect(sorted(v.units)).toEqual(['B11', 'B12', 'HQ', 'R1', 'R2']);
    expect(counts(v)).toEqual({ HQ: 1, R1: 0, R2: 1, B11: 0, B12: 0 });
    expect(oracle.contactsWithin(v, 'R2')).toEqual(new Set(['r2a']));
    expect(oracle.contactsWithin(v, 'HQ')).toEqual(new Set(['r2a']));
    const noContact = oracle.view({ assignments: [as('member', 'UNIT', 'B11')], contactId: null });
    expect(noContact.contacts.size).toBe(0);
    expect(counts(noContact)).toEqual({ HQ: 0, R1: 0, B11: 0 });
  });

  it('a non-member does not see their own contact outside their scope', () => {
    const v = oracle.view({ assignments: [as('admin', 'SUBTREE', 'R1')], contactId: 'r2a' });
    expect(v.contacts.has('r2a')).toBe(false);
  });

  it('unions several assignments, and counts a covered own contact once', () => {
    const v = oracle.view({
      assignments: [as('admin', 'UNIT', 'B11'), as('manager', 'SUBTREE', 'R2'), as('member', 'UNIT', 'HQ')],
      contactId: 'b21a',
    });
    expect(sorted(v.contacts)).toEqual(['b11a', 'b11b', 'b21a', 'r2a']);
    expect(sorted(v.units)).toEqual(['B11', 'B21', 'HQ', 'R1', 'R2']);
    expect(counts(v)).toEqual({ HQ: 4, R1: 2, B11: 2, R2: 2, B21: 1 });
    expect(sorted(v.roots)).toEqual(['B11', 'HQ', 'R2']);
    expect(sorted(v.children.get('HQ')!)).toEqual(['R1', 'R2']);
    expect(v.children.get('R1')).toEqual(['B11']);
  });

  it('collapses nested and duplicate grants into the top one', () => {
    const v = oracle.view({
      assignments: [as('manager', 'SUBTREE', 'HQ'), as('branch_head', 'UNIT', 'B11'), as('admin', 'SUBTREE', 'R1'), as('member', 'SUBTREE', 'HQ')],
      contactId: null,
    });
    expect(sorted(v.roots)).toEqual(['HQ']);
    expect(v.contacts.size).toBe(contacts.length);
    expect(v.contactCount.get('HQ')).toBe(contacts.length);
    const sameUnit = oracle.view({ assignments: [as('manager', 'UNIT', 'R1'), as('admin', 'SUBTREE', 'R1')], contactId: null });
    expect(sorted(sameUnit.roots)).toEqual(['R1']);
    const unitUnderUnit = oracle.view({ assignments: [as('manager', 'UNIT', 'R1'), as('admin', 'UNIT', 'B11')], contactId: null });
    expect(sorted(unitUnderUnit.roots)).toEqual(['B11', 'R1']);
  });

  it('sees nothing without assignments or with an unknown role', () => {
    for (const assignments of [[], [as('stranger', 'SUBTREE', 'HQ')]]) {
      const v = oracle.view({ assignments, contactId: 'h1' });
      expect(v.contacts.size).toBe(0);
      expect(v.units.size).toBe(0);
      expect(v.roots.size).toBe(0);
    }
  });
});

describe('ScopeOracle: writes, own record and links', () => {
  it('writes where the writing roles reach, never through self', () => {
    const viewer = { assignments: [as('branch_head', 'SUBTREE', 'R1'), as('member', 'SUBTREE', 'HQ')], contactId: 'b21a' };
    expect(sorted(oracle.writableUnits(viewer))).toEqual(['B11', 'B12', 'R1']);
    expect(sorted(oracle.writableContacts(viewer))).toEqual(['b11a', 'b11b', 'b12a', 'r1a']);
    expect(oracle.ownRecord(viewer)).toBe('b21a');
    expect(sorted(oracle.writableContacts({ assignments: [as('member', 'UNIT', 'B21')], contactId: 'b21a' }))).toEqual([]);
    expect(oracle.ownRecord({ assignments: [], contactId: 'b21a' })).toBeNull();
  });

  it('shows a link on both sides, inversely labelled, only when the other side is visible', () => {
    const links = [
      { contactId: 'b11a', relatedContactId: 'b11b', kind: 'parent_of' },
      { contactId: 'b11a', relatedContactId: 'b21a', kind: 'colleague' },
    ];
    const visible = new Set(['b11a', 'b11b']);
    expect(oracle.linksOf(visible, 'b11a', links)).toEqual(['parent_of b11b']);
    expect(oracle.linksOf(visible, 'b11b', links)).toEqual(['child_of b11a']);
    expect(oracle.linksOf(new Set(['b11a', 'b21a']), 'b21a', links)).toEqual(['colleague b11a']);
  });
});
