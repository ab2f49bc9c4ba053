import type { Reach } from '@hromada/shared';

/**
 * The scope matrix's viewers, declared by unit path so they can be named before the tree
 * exists (the tree is `buildTree(em, [3, 2, 3], …, TAG)`: ua, ua.r1…r3, ua.rN.d1…d2, ua.rN.dM.b1…b3).
 */
export const TAG = 'ua';
export const ROLES = ['admin', 'manager', 'branch_head', 'member'] as const;
export const REACHES: Reach[] = ['UNIT', 'SUBTREE'];

export interface AssignmentSpec {
  role: string;
  reach: Reach;
  at: string;
}

export type OwnSpec = null | 'in-unit' | 'elsewhere' | { at: string };

export interface ViewerSpec {
  name: string;
  assignments: AssignmentSpec[];
  own: OwnSpec;
}

const regionPath = (i: number) => `${TAG}.r${(i % 3) + 1}`;
const districtPath = (i: number) => `${TAG}.r${((i + 1) % 3) + 1}.d${(i % 2) + 1}`;
const branchPath = (i: number) => `${TAG}.r${((i + 2) % 3) + 1}.d${((i + 1) % 2) + 1}.b${(i % 3) + 1}`;
const POSITIONS: [string, (i: number) => string][] = [
  ['HQ', () => TAG],
  ['region', regionPath],
  ['district', districtPath],
  ['branch', branchPath],
];

export const SINGLE_VIEWERS: ViewerSpec[] = ROLES.flatMap((role, i) =>
  REACHES.flatMap((reach) =>
    POSITIONS.map(([label, at]): ViewerSpec => {
      const own: OwnSpec = role !== 'member' ? null : reach === 'UNIT' ? 'in-unit' : 'elsewhere';
      return { name: `${role} ${reach} at ${label} ${at(i)}${own ? ` (own contact ${own})` : ''}`, assignments: [{ role, reach, at: at(i) }], own };
    }),
  ),
);

const MULTI_VIEWERS: ViewerSpec[] = [
  {
    name: 'UNIT at a branch in r1 + SUBTREE at a district in r2',
    assignments: [{ role: 'manager', reach: 'UNIT', at: 'ua.r1.d1.b2' }, { role: 'manager', reach: 'SUBTREE', at: 'ua.r2.d2' }],
    own: null,
  },
  {
    name: 'nested: SUBTREE at r1 + UNIT at a branch under it',
    assignments: [{ role: 'branch_head', reach: 'SUBTREE', at: 'ua.r1' }, { role: 'admin', reach: 'UNIT', at: 'ua.r1.d2.b1' }],
    own: null,
  },
  {
    name: 'nested: SUBTREE at HQ + SUBTREE at a district',
    assignments: [{ role: 'manager', reach: 'SUBTREE', at: 'ua' }, { role: 'admin', reach: 'SUBTREE', at: 'ua.r3.d1' }],
    own: null,
  },
  {
    name: 'same unit: UNIT and SUBTREE at r3',
    assignments: [{ role: 'manager', reach: 'UNIT', at: 'ua.r3' }, { role: 'admin', reach: 'SUBTREE', at: 'ua.r3' }],
    own: null,
  },
  {
    name: 'UNIT at a district + UNIT at a branch under it',
    assignments: [{ role: 'manager', reach: 'UNIT', at: 'ua.r2.d1' }, { role: 'branch_head', reach: 'UNIT', at: 'ua.r2.d1.b2' }],
    own: null,
  },
  {
    name: 'UNIT at HQ + SUBTREE at a branch',
    assignments: [{ role: 'manager', reach: 'UNIT', at: 'ua' }, { role: 'manager', reach: 'SUBTREE', at: 'ua.r2.d1.b1' }],
    own: null,
  },
  {
    name: 'UNIT at three regions',
    assignments: [
      { role: 'branch_head', reach: 'UNIT', at: 'ua.r1' },
      { role: 'manager', reach: 'UNIT', at: 'ua.r2' },
      { role: 'admin', reach: 'UNIT', at: 'ua.r3' },
    ],
    own: null,
  },
  {
    name: 'manager SUBTREE r1 + member in r1, own contact covered by the grant',
    assignments: [{ role: 'manager', reach: 'SUBTREE', at: 'ua.r1' }, { role: 'member', reach: 'UNIT', at: 'ua.r1.d1' }],
    own: { at: 'ua.r1.d1.b1' },
  },
  {
    name: 'manager SUBTREE r1 + member at r2, own contact in r3',
    assignments: [{ role: 'manager', reach: 'SUBTREE', at: 'ua.r1' }, { role: 'member', reach: 'UNIT', at: 'ua.r2' }],
    own: { at: 'ua.r3.d1.b1' },
  },
  {
    name: 'member SUBTREE at HQ + manager UNIT at a branch, own contact in r1',
    assignments: [{ role: 'member', reach: 'SUBTREE', at: 'ua' }, { role: 'manager', reach: 'UNIT', at: 'ua.r3.d2.b2' }],
    own: { at: 'ua.r1.d2' },
  },
  { name: 'member UNIT at a branch, own contact at HQ', assignments: [{ role: 'member', reach: 'UNIT', at: 'ua.r2.d2.b3' }], own: { at: 'ua' } },
  { name: 'member SUBTREE at r1 without a contact', assignments: [{ role: 'member', reach: 'SUBTREE', at: 'ua.r1' }], own: null },
  {
    name: 'admin UNIT at a branch with own contact outside scope (no self access)',
    assignments: [{ role: 'admin', reach: 'UNIT', at: 'ua.r1.d1.b1' }],
    own: { at: 'ua.r2.d1.b1' },
  },
  {
    name: 'two members in different regions, own contact in neither',
    assignments: [{ role: 'member', reach: 'UNIT', at: 'ua.r1.d1.b3' }, { role: 'member', reach: 'SUBTREE', at: 'ua.r2.d2' }],
    own: { at: 'ua.r3' },
  },
];

export const VIEWER_SPECS = [...SINGLE_VIEWERS, ...MULTI_VIEWERS];
