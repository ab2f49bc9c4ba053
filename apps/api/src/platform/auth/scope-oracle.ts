/**
 * An independent model of who sees what, for the scope matrix test. It works on plain
 * in-memory units and contacts, follows `parentId` links (never paths), and repeats the
 * rules in the simplest form it can, without importing any production scope code
 * (viewer.ts, scope-sql.ts, contact-count.ts, policy.ts): if the two ever disagree, one of
 * them is wrong, and the matrix says where.
 *
 * The rules, as the design states them:
 * - a viewer's scope is the union of their role assignments; an assignment covers its unit
 *   (reach UNIT) or its unit and everything under it (reach SUBTREE);
 * - contacts: roles with 'scope' access see the contacts of covered units; 'self' access
 *   (member) sees only the viewer's own contact, wherever it is;
 * - org units: every role reads the org tree: covered units plus all their ancestors, and
 *   the unit (with its ancestors) of every contact the viewer may read through 'self';
 * - contactCount of a unit = visible contacts in its whole subtree; childCount = visible
 *   children; root units = where the grants sit once nested or duplicate grants collapse;
 * - writing contacts (edit, add, link, log): roles with 'scope' write access, in the units
 *   their assignments cover, no 'self' writes; anyone with any role keeps their own record
 *   ("My profile"), wherever it is;
 * - a link between two contacts shows on each visible side only when the other side is
 *   visible too, labelled from that side (parent_of there is child_of here);
 * - dues (a contact's balance, charges, payments, contributions): roles with 'scope' access
 *   read and write the money of contacts in covered units; a member reads their own only;
 *   a unit's dues roll-up adds the money of covered units in its subtree, and is null for a
 *   viewer with no dues grant at all.
 */

export type OracleReach = 'UNIT' | 'SUBTREE';

export interface OracleUnit {
  id: string;
  parentId: string | null;
}

export interface OracleContact {
  id: string;
  unitId: string;
}

export interface OracleAssignment {
  role: string;
  reach: OracleReach;
  unitId: string;
}

export interface OracleViewer {
  assignments: readonly OracleAssignment[];
  /** `app_user.contact_id`: the viewer's own contact, if any. */
  contactId: string | null;
}

/** Contact access per role, written out here on purpose rather than read from policy.ts. */
const CONTACT_READ: Readonly<Record<string, 'scope' | 'self'>> = {
  admin: 'scope',
  manager: 'scope',
  branch_head: 'scope',
  member: 'self',
};

/** Roles that may edit and add contacts in the units they cover; members may not. */
const CONTACT_WRITE = new Set(['admin', 'manager', 'branch_head']);

/** How the other side of a stored link reads it; kinds not listed read the same. */
const INVERSE_KIND: Readonly<Record<string, string>> = { parent_of: 'child_of', recruited: 'recruited_by', employer_of: 'employee_of' };

export interface OracleLink {
  contactId: string;
  relatedContactId: string;
  /** The stored kind, from `contactId`'s side. */
  kind: string;
}
/** Dues access per role, written out here on purpose rather than read from policy.ts. */
const DUES_READ: Readonly<Record<string, 'scope' | 'self'>> = {
  admin: 'scope',
  manager: 'scope',
  branch_head: 'scope',
  member: 'self',
};
const DUES_WRITE = new Set(['admin', 'manager', 'branch_head']);

/** Roles that may read the org tree (all of them, within their grants). */
const ORG_READ = new Set(['admin', 'manager', 'branch_head', 'member']);

export interface OracleView {
  /** Contacts the viewer may read. */
  contacts: Set<string>;
  /** Org units the viewer may read. */
  units: Set<string>;
  /** For every visible unit: visible contacts anywhere in its subtree. */
  contactCount: Map<string, number>;
  /** For every visible unit: its visible children, as ids. */
  children: Map<string, string[]>;
  /** For every visible unit: its visible ancestors, root first. */
  ancestors: Map<string, string[]>;
  /** For every visible unit: its parent when that is visible, else null. */
  parent: Map<string, string | null>;
  /** Units where the viewer's org grants sit once nested or duplicate grants collapse. */
  roots: Set<string>;
}

export class ScopeOracle {
  private readonly unitById = new Map<string, OracleUnit>();
  private readonly childrenOf = new Map<string, string[]>();

  constructor(
    readonly units: readonly OracleUnit[],
    readonly contacts: readonly OracleContact[],
  ) {
    for (const u of units) {
      this.unitById.set(u.id, u);
      this.childrenOf.set(u.id, []);
    }
    for (const u of units) {
      if (u.parentId !== null) {
        const siblings = this.childrenOf.get(u.parentId);
        if (!siblings) throw new Error(`unit ${u.id} has an unknown parent ${u.parentId}`);
        siblings.push(u.id);
      }
    }
  }

  /** Ancestors of a unit (not the unit itself), root first, by walking parent links. */
  ancestorsOf(unitId: string): string[] {
    const chain: string[] = [];
    let current = this.unit(unitId).parentId;
    while (current !== null) {
      chain.unshift(current);
      current = this.unit(current).parentId;
    }
    return chain;
  }

  /** True when `unitId` is `ancestorId` or lies anywhere below it. */
  isAtOrUnder(unitId: string, ancestorId: string): boolean {
    return unitId === ancestorId || this.ancestorsOf(unitId).includes(ancestorId);
  }

  /** The unit and everything below it. */
  subtreeOf(unitId: string): Set<string> {
    const out = new Set<string>();
    const stack = [unitId];
    while (stack.length > 0) {
      const id = stack.pop()!;
      out.add(id);
      stack.push(...(this.childrenOf.get(id) ?? []));
    }
    return out;
  }

  childIdsOf(unitId: string): string[] {
    return [...(this.childrenOf.get(unitId) ?? [])];
  }

  /** The units one assignment covers: the unit itself, or its whole subtree. */
  covered(a: OracleAssignment): Set<string> {
    return a.reach === 'SUBTREE' ? this.subtreeOf(a.unitId) : new Set([a.unitId]);
  }

  visibleContacts(viewer: OracleViewer): Set<string> {
    const coveredUnits = new Set<string>();
    let self = false;
    for (const a of viewer.assignments) {
      const access = CONTACT_READ[a.role];
      if (access === 'scope') for (const id of this.covered(a)) coveredUnits.add(id);
      if (access === 'self') self = true;
    }
    const out = new Set<string>();
    for (const c of this.contacts) {
      if (coveredUnits.has(c.unitId)) out.add(c.id);
      if (self && viewer.contactId !== null && c.id === viewer.contactId) out.add(c.id);
    }
    return out;
  }

  /** Contacts whose dues the viewer reads. */
  duesReadable(viewer: OracleViewer): Set<string> {
    const units = this.duesGrantUnits(viewer) ?? new Set<string>();
    const self = viewer.assignments.some((a) => DUES_READ[a.role] === 'self');
    return new Set(this.contacts.filter((c) => units.has(c.unitId) || (self && c.id === viewer.contactId)).map((c) => c.id));
  }

  /** Whether any of the viewer's roles may record dues at all. */
  writesDues(viewer: OracleViewer): boolean {
    return viewer.assignments.some((a) => DUES_WRITE.has(a.role));
  }

  /** Contacts whose dues the viewer may record. */
  duesWritable(viewer: OracleViewer): Set<string> {
    const units = new Set<string>();
    for (const a of viewer.assignments) if (DUES_WRITE.has(a.role)) for (const id of this.covered(a)) units.add(id);
    return new Set(this.contacts.filter((c) => units.has(c.unitId)).map((c) => c.id));
  }

  /** Units the viewer's dues grants cover (what roll-ups add up); null without any dues grant. */
  duesGrantUnits(viewer: OracleViewer): Set<string> | null {
    const granted = viewer.assignments.filter((a) => DUES_READ[a.role] === 'scope');
    if (granted.length === 0) return null;
    return new Set(granted.flatMap((a) => [...this.covered(a)]));
  }

  visibleUnits(viewer: OracleViewer): Set<string> {
    const out = new Set<string>();
    for (const a of viewer.assignments) {
      if (!ORG_READ.has(a.role)) continue;
      for (const id of this.covered(a)) out.add(id);
      for (const id of this.ancestorsOf(a.unitId)) out.add(id);
    }
    const readsSelf = viewer.assignments.some((a) => CONTACT_READ[a.role] === 'self');
    const own = this.contacts.find((c) => c.id === viewer.contactId);
    if (readsSelf && own) {
      out.add(own.unitId);
      for (const id of this.ancestorsOf(own.unitId)) out.add(id);
    }
    return out;
  }

  /** Units where the viewer may add contacts: those their writing roles' assignments cover. */
  writableUnits(viewer: OracleViewer): Set<string> {
    const out = new Set<string>();
    for (const a of viewer.assignments) if (CONTACT_WRITE.has(a.role)) for (const id of this.covered(a)) out.add(id);
    return out;
  }

  /** Contacts the viewer may edit: those kept in a writable unit. */
  writableContacts(viewer: OracleViewer): Set<string> {
    const units = this.writableUnits(viewer);
    return new Set(this.contacts.filter((c) => units.has(c.unitId)).map((c) => c.id));
  }

  /** The viewer's own record for "My profile": any role at all gives it, wherever it is kept. */
  ownRecord(viewer: OracleViewer): string | null {
    return viewer.assignments.length > 0 ? viewer.contactId : null;
  }

  /** A visible contact's links as "kind otherId", sorted; links to contacts out of sight are absent. */
  linksOf(visible: Set<string>, contactId: string, links: readonly OracleLink[]): string[] {
    const out: string[] = [];
    for (const link of links) {
      if (link.contactId === contactId && visible.has(link.relatedContactId)) out.push(`${link.kind} ${link.relatedContactId}`);
      if (link.relatedContactId === contactId && visible.has(link.contactId)) out.push(`${INVERSE_KIND[link.kind] ?? link.kind} ${link.contactId}`);
    }
    return out.sort();
  }

  rootUnits(viewer: OracleViewer): Set<string> {
    const org = viewer.assignments.filter((a) => ORG_READ.has(a.role));
    const subtreeUnits = new Set(org.filter((a) => a.reach === 'SUBTREE').map((a) => a.unitId));
    const roots = new Set<string>();
    for (const id of subtreeUnits) {
      const nested = [...subtreeUnits].some((other) => other !== id && this.isAtOrUnder(id, other));
      if (!nested) roots.add(id);
    }
    for (const a of org) {
      if (a.reach !== 'UNIT') continue;
      const inSubtree = [...subtreeUnits].some((s) => this.isAtOrUnder(a.unitId, s));
      if (!inSubtree) roots.add(a.unitId);
    }
    return roots;
  }

  view(viewer: OracleViewer): OracleView {
    const contacts = this.visibleContacts(viewer);
    const units = this.visibleUnits(viewer);
    const contactCount = new Map<string, number>();
    const children = new Map<string, string[]>();
    const ancestors = new Map<string, string[]>();
    const parent = new Map<string, string | null>();
    for (const id of units) {
      const subtree = this.subtreeOf(id);
      contactCount.set(id, this.contacts.filter((c) => contacts.has(c.id) && subtree.has(c.unitId)).length);
      children.set(id, this.childIdsOf(id).filter((child) => units.has(child)));
      ancestors.set(id, this.ancestorsOf(id).filter((a) => units.has(a)));
      const p = this.unit(id).parentId;
      parent.set(id, p !== null && units.has(p) ? p : null);
    }
    return { contacts, units, contactCount, children, ancestors, parent, roots: this.rootUnits(viewer) };
  }

  /** Visible contacts within a unit's subtree: what `contacts(orgUnitId:)` lists. Empty for an invisible unit. */
  contactsWithin(view: OracleView, unitId: string): Set<string> {
    if (!view.units.has(unitId)) return new Set();
    const subtree = this.subtreeOf(unitId);
    return new Set(this.contacts.filter((c) => view.contacts.has(c.id) && subtree.has(c.unitId)).map((c) => c.id));
  }

  private unit(id: string): OracleUnit {
    const u = this.unitById.get(id);
    if (!u) throw new Error(`unknown unit ${id}`);
    return u;
  }
}
