import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { covers, normalizeGrants, Viewer, type Assignment, type Grant } from './viewer';

const g = (path: string, reach: Grant['reach']): Grant => ({ unitId: `id:${path}`, path, reach });
const a = (role: string, reach: Assignment['reach'], unitPath: string): Assignment => ({ role, reach, unitId: `id:${unitPath}`, unitPath });
const summary = (grants: Grant[]) => grants.map((x) => `${x.reach} ${x.path}`).sort();

/** True when `path` is `ancestor` or under it, written apart from ltree-path.ts. */
function under(path: string, ancestor: string): boolean {
  const p = path.split('.');
  const q = ancestor.split('.');
  return q.length <= p.length && q.every((label, i) => p[i] === label);
}

describe('normalizeGrants', () => {
  it('collapses duplicates', () => {
    expect(summary(normalizeGrants([g('ua.r1', 'SUBTREE'), g('ua.r1', 'SUBTREE'), g('ua.r2', 'UNIT'), g('ua.r2', 'UNIT')]))).toEqual([
      'SUBTREE ua.r1',
      'UNIT ua.r2',
    ]);
  });

  it('keeps only the top of nested SUBTREE grants, in any order', () => {
    expect(summary(normalizeGrants([g('ua.r1.d1', 'SUBTREE'), g('ua.r1', 'SUBTREE'), g('ua.r1.d1.b1', 'SUBTREE')]))).toEqual(['SUBTREE ua.r1']);
    expect(summary(normalizeGrants([g('ua', 'SUBTREE'), g('ua.r3.d1', 'SUBTREE')]))).toEqual(['SUBTREE ua']);
  });

  it('drops a UNIT grant at or under a SUBTREE grant', () => {
    expect(summary(normalizeGrants([g('ua.r1.d1.b1', 'UNIT'), g('ua.r1', 'SUBTREE')]))).toEqual(['SUBTREE ua.r1']);
    expect(summary(normalizeGrants([g('ua.r1', 'UNIT'), g('ua.r1', 'SUBTREE')]))).toEqual(['SUBTREE ua.r1']);
  });

  it('keeps a UNIT grant above a SUBTREE grant, and UNIT grants nested in each other', () => {
    expect(summary(normalizeGrants([g('ua', 'UNIT'), g('ua.r1', 'SUBTREE')]))).toEqual(['SUBTREE ua.r1', 'UNIT ua']);
    expect(summary(normalizeGrants([g('ua.r2.d1', 'UNIT'), g('ua.r2.d1.b2', 'UNIT')]))).toEqual(['UNIT ua.r2.d1', 'UNIT ua.r2.d1.b2']);
  });

  it('does not mistake a label prefix for an ancestor (r1 vs r10)', () => {
    expect(summary(normalizeGrants([g('ua.r1', 'SUBTREE'), g('ua.r10', 'SUBTREE'), g('ua.r10.d1', 'UNIT')]))).toEqual([
      'SUBTREE ua.r1',
      'SUBTREE ua.r10',
    ]);
  });

  it('covers the same paths as its input, with no grant covering another (property)', () => {
    const paths = ['ua', 'ua.r1', 'ua.r10', 'ua.r1.d1', 'ua.r1.d2', 'ua.r10.d1', 'ua.r1.d1.b1', 'ua.r1.d2.b1', 'ua.r10.d1.b1'];
    const grant = fc.record({ path: fc.constantFrom(...paths), reach: fc.constantFrom<Grant['reach']>('UNIT', 'SUBTREE') });
    fc.assert(
      fc.property(fc.array(grant, { maxLength: 6 }), (raw) => {
        const input = raw.map((x) => g(x.path, x.reach));
        const out = normalizeGrants(input);
        const reach = (grants: Grant[], p: string) => grants.some((x) => (x.reach === 'SUBTREE' ? under(p, x.path) : x.path === p));
        for (const p of paths) expect(reach(out, p), p).toBe(reach(input, p));
        for (const x of out) {
          for (const y of out) {
            if (x === y) continue;
            expect(x.path === y.path && x.reach === y.reach, 'duplicate').toBe(false);
            if (y.reach === 'SUBTREE') expect(under(x.path, y.path), `${x.path} under ${y.path}`).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('covers', () => {
  it('matches a SUBTREE grant below it and a UNIT grant only at it', () => {
    const grants = [g('ua.r1', 'SUBTREE'), g('ua.r2.d1', 'UNIT')];
    expect(covers(grants, 'ua.r1')).toBe(true);
    expect(covers(grants, 'ua.r1.d5.b1')).toBe(true);
    expect(covers(grants, 'ua.r10')).toBe(false);
    expect(covers(grants, 'ua.r2.d1')).toBe(true);
    expect(covers(grants, 'ua.r2.d1.b1')).toBe(false);
    expect(covers(grants, 'ua')).toBe(false);
  });
});

describe('Viewer.scope', () => {
  it('is the union of the assignments, normalized', () => {
    const v = new Viewer('u', 's', null, null, [a('manager', 'UNIT', 'ua.r1.d1.b2'), a('admin', 'SUBTREE', 'ua.r2.d2'), a('branch_head', 'UNIT', 'ua.r2.d2.b1')]);
    const scope = v.scope('contacts', 'read');
    expect(summary(scope.grants)).toEqual(['SUBTREE ua.r2.d2', 'UNIT ua.r1.d1.b2']);
    expect(scope.selfContactId).toBeNull();
    expect(scope.selfContactPath).toBeNull();
  });

  it("gives a member their own contact for contacts, and for the org tree their grant's place and where their record is kept", () => {
    const v = new Viewer('u', 's', 'c1', 'ua.r3.d1.b1', [a('member', 'SUBTREE', 'ua.r1')]);
    const contacts = v.scope('contacts', 'read');
    expect(contacts.grants).toEqual([]);
    expect(contacts.selfContactId).toBe('c1');
    expect(contacts.selfContactPath).toBe('ua.r3.d1.b1');
    const org = v.scope('org', 'read');
    expect(summary(org.grants)).toEqual(['SUBTREE ua.r1']);
    expect(org.selfContactPath).toBe('ua.r3.d1.b1');
    const manager = new Viewer('u', 's', 'c1', 'ua.r3.d1.b1', [a('manager', 'SUBTREE', 'ua.r1')]);
    expect(manager.scope('org', 'read')).toMatchObject({ selfContactId: null, selfContactPath: null });
  });

  it("does not add the member's own contact again when a grant already covers it", () => {
    const covered = new Viewer('u', 's', 'c1', 'ua.r1.d1.b1', [a('manager', 'SUBTREE', 'ua.r1'), a('member', 'UNIT', 'ua.r1.d1')]);
    expect(covered.scope('contacts', 'read')).toMatchObject({ selfContactId: null, selfContactPath: null });
    const unitCovered = new Viewer('u', 's', 'c1', 'ua.r1.d1', [a('manager', 'UNIT', 'ua.r1.d1'), a('member', 'UNIT', 'ua.r2')]);
    expect(unitCovered.scope('contacts', 'read')).toMatchObject({ selfContactId: null });
    const notCovered = new Viewer('u', 's', 'c1', 'ua.r1.d1.b1', [a('manager', 'UNIT', 'ua.r1.d1'), a('member', 'UNIT', 'ua.r2')]);
    expect(notCovered.scope('contacts', 'read')).toMatchObject({ selfContactId: 'c1', selfContactPath: 'ua.r1.d1.b1' });
  });

  it('gives no self access without a member role or without a contact', () => {
    const admin = new Viewer('u', 's', 'c1', 'ua.r3', [a('admin', 'UNIT', 'ua.r1')]);
    expect(admin.scope('contacts', 'read')).toMatchObject({ selfContactId: null, selfContactPath: null });
    const noContact = new Viewer('u', 's', null, null, [a('member', 'SUBTREE', 'ua')]);
    expect(noContact.scope('contacts', 'read')).toEqual({ grants: [], selfContactId: null, selfContactPath: null });
  });

  it('has nothing without assignments or for an unknown role, and can() says so', () => {
    for (const assignments of [[], [a('stranger', 'SUBTREE', 'ua')]]) {
      const v = new Viewer('u', 's', 'c1', 'ua', assignments);
      expect(v.scope('contacts', 'read')).toEqual({ grants: [], selfContactId: null, selfContactPath: null });
      expect(v.scope('org', 'read').grants).toEqual([]);
      expect(v.can('contacts', 'read')).toBe(false);
      expect(v.can('org', 'read')).toBe(false);
    }
  });

  it('follows the policy per action: a member may read but not write contacts', () => {
    const member = new Viewer('u', 's', 'c1', 'ua', [a('member', 'UNIT', 'ua')]);
    expect(member.can('contacts', 'read')).toBe(true);
    expect(member.can('contacts', 'write')).toBe(false);
    expect(member.scope('contacts', 'write')).toEqual({ grants: [], selfContactId: null, selfContactPath: null });
    const manager = new Viewer('u', 's', null, null, [a('manager', 'UNIT', 'ua.r1')]);
    expect(manager.can('org', 'write')).toBe(false);
    expect(manager.can('audit', 'read')).toBe(false);
    expect(summary(manager.scope('contacts', 'write').grants)).toEqual(['UNIT ua.r1']);
  });
});
