import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Viewer, type Assignment, type DomainScope, type Grant } from '../../platform/auth/viewer';
import { contactsInScopeUnder, type UnitCounter } from './contact-count';

/**
 *        ua (2)
 *   ua.r1 (3)      ua.r2 (1)
 * ua.r1.d1 (4)   ua.r2.d1 (5)
 * ua.r1.d1.b1 (6)
 * Direct counts in brackets.
 */
const DIRECT: Record<string, number> = { ua: 2, 'ua.r1': 3, 'ua.r1.d1': 4, 'ua.r1.d1.b1': 6, 'ua.r2': 1, 'ua.r2.d1': 5 };

function countersOf(direct: Record<string, number>): Map<string, UnitCounter> {
  const paths = Object.keys(direct);
  return new Map(
    paths.map((p) => [p, { direct: direct[p], subtree: paths.filter((q) => q === p || q.startsWith(`${p}.`)).reduce((s, q) => s + direct[q], 0) }]),
  );
}

const counters = countersOf(DIRECT);
const g = (path: string, reach: Grant['reach']): Grant => ({ unitId: `id:${path}`, path, reach });
const scope = (grants: Grant[], selfContactPath: string | null = null): DomainScope => ({
  grants,
  selfContactId: selfContactPath ? 'me' : null,
  selfContactPath,
});

describe('contactsInScopeUnder, by hand', () => {
  it('a SUBTREE grant at or above the unit: the whole subtree of the unit', () => {
    const s = scope([g('ua.r1', 'SUBTREE')]);
    expect(contactsInScopeUnder('ua.r1', s, counters)).toBe(13);
    expect(contactsInScopeUnder('ua.r1.d1', s, counters)).toBe(10);
    expect(contactsInScopeUnder('ua.r1.d1.b1', s, counters)).toBe(6);
  });

  it('above the grants: the grants below, SUBTREE by subtree and UNIT by direct count', () => {
    const s = scope([g('ua.r1.d1', 'SUBTREE'), g('ua.r2', 'UNIT')]);
    expect(contactsInScopeUnder('ua', s, counters)).toBe(10 + 1);
    expect(contactsInScopeUnder('ua.r1', s, counters)).toBe(10);
    expect(contactsInScopeUnder('ua.r2', s, counters)).toBe(1);
    expect(contactsInScopeUnder('ua.r2.d1', s, counters)).toBe(0);
    expect(contactsInScopeUnder(undefined, s, counters)).toBe(11);
  });

  it('UNIT grants nested in each other count each unit once', () => {
    const s = scope([g('ua.r1', 'UNIT'), g('ua.r1.d1.b1', 'UNIT')]);
    expect(contactsInScopeUnder('ua', s, counters)).toBe(3 + 6);
    expect(contactsInScopeUnder('ua.r1.d1', s, counters)).toBe(6);
    expect(contactsInScopeUnder(undefined, s, counters)).toBe(9);
  });

  it("adds the viewer's own contact where it lies, and only there", () => {
    const s = scope([g('ua.r1', 'UNIT')], 'ua.r2.d1');
    expect(contactsInScopeUnder('ua', s, counters)).toBe(3 + 1);
    expect(contactsInScopeUnder('ua.r2', s, counters)).toBe(1);
    expect(contactsInScopeUnder('ua.r2.d1', s, counters)).toBe(1);
    expect(contactsInScopeUnder('ua.r1', s, counters)).toBe(3);
    expect(contactsInScopeUnder(undefined, s, counters)).toBe(4);
    expect(contactsInScopeUnder('ua', scope([], 'ua.r1.d1.b1'), counters)).toBe(1);
  });

  it('does not count a member twice when a grant covers their contact (Viewer drops it)', () => {
    const v = new Viewer('u', 's', 'me', 'ua.r1.d1', [
      { role: 'manager', reach: 'SUBTREE', unitId: 'id:ua.r1', unitPath: 'ua.r1' },
      { role: 'member', reach: 'UNIT', unitId: 'id:ua.r1.d1', unitPath: 'ua.r1.d1' },
    ]);
    expect(contactsInScopeUnder('ua', v.scope('contacts', 'read'), counters)).toBe(13);
  });

  it('counts nothing for an empty scope, or under a unit it does not know', () => {
    expect(contactsInScopeUnder('ua', scope([]), counters)).toBe(0);
    expect(contactsInScopeUnder(undefined, scope([]), counters)).toBe(0);
    expect(contactsInScopeUnder('ua.r9', scope([g('ua', 'SUBTREE')]), counters)).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------

interface RandomWorld {
  paths: string[];
  /** Unit index of each contact. */
  contacts: number[];
  assignments: { role: string; reach: Grant['reach']; unit: number }[];
  self: number | null;
}

/** A random tree (each unit's parent is an earlier unit), contacts, assignments and own contact. */
const worldArb = fc
  .record({
    parents: fc.array(fc.nat(), { minLength: 0, maxLength: 11 }),
    perUnit: fc.array(fc.nat({ max: 3 }), { minLength: 12, maxLength: 12 }),
    assignments: fc.array(
      fc.record({ role: fc.constantFrom('admin', 'manager', 'branch_head', 'member'), reach: fc.constantFrom<Grant['reach']>('UNIT', 'SUBTREE'), unit: fc.nat() }),
      { maxLength: 4 },
    ),
    self: fc.option(fc.nat(), { nil: null }),
  })
  .map(({ parents, perUnit, assignments, self }): RandomWorld => {
    const paths = ['h'];
    parents.forEach((p, i) => paths.push(`${paths[p % paths.length]}.n${i + 1}`));
    const contacts = paths.flatMap((_, u) => Array.from({ length: perUnit[u] }, () => u));
    return {
      paths,
      contacts,
      assignments: assignments.map((a) => ({ ...a, unit: a.unit % paths.length })),
      self: self === null || contacts.length === 0 ? null : self % contacts.length,
    };
  });

/** Ancestor test by label lists, written apart from the production helpers. */
function atOrUnder(path: string, ancestor: string): boolean {
  const p = path.split('.');
  const q = ancestor.split('.');
  return q.length <= p.length && q.every((label, i) => p[i] === label);
}

describe('contactsInScopeUnder, against brute force (property)', () => {
  it('equals counting the visible contacts one by one, under every unit and overall', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const assignments: Assignment[] = w.assignments.map((a) => ({ role: a.role, reach: a.reach, unitId: `id:${w.paths[a.unit]}`, unitPath: w.paths[a.unit] }));
        const selfPath = w.self === null ? null : w.paths[w.contacts[w.self]];
        const viewer = new Viewer('u', 's', w.self === null ? null : `c${w.self}`, selfPath, assignments);
        const s = viewer.scope('contacts', 'read');

        const direct: Record<string, number> = Object.fromEntries(w.paths.map((p) => [p, 0]));
        for (const u of w.contacts) direct[w.paths[u]] += 1;
        const stored = countersOf(direct);

        const isMember = w.assignments.some((a) => a.role === 'member');
        const visible = w.contacts.map((u, i) => {
          const path = w.paths[u];
          const byGrant = w.assignments.some(
            (a) => a.role !== 'member' && (a.reach === 'SUBTREE' ? atOrUnder(path, w.paths[a.unit]) : w.paths[a.unit] === path),
          );
          return byGrant || (isMember && i === w.self);
        });
        const bruteUnder = (p: string | undefined) =>
          w.contacts.filter((u, i) => visible[i] && (p === undefined || atOrUnder(w.paths[u], p))).length;

        for (const p of w.paths) expect(contactsInScopeUnder(p, s, stored), p).toBe(bruteUnder(p));
        expect(contactsInScopeUnder(undefined, s, stored), 'whole scope').toBe(bruteUnder(undefined));
      }),
      { numRuns: 500 },
    );
  });
});
