import type { Role } from '@hromada/shared';

export const DOMAINS = ['org', 'contacts', 'audit', 'profile', 'dues'] as const;
export type Domain = (typeof DOMAINS)[number];
export const ACTIONS = ['read', 'write'] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * 'scope': the assignment's unit, or its whole subtree when the reach is SUBTREE.
 * 'self': what belongs to the viewer's own contact record, wherever the assignment sits:
 * for contacts the record itself, for org units the unit keeping it and the units above.
 */
export type Access = 'scope' | 'self';

/** Everyone keeps their own contact details (phones, e-mails, address) up to date: "My profile". */
const SELF_SERVICE = { read: ['self'], write: ['self'] } as const;

/** The one place that says what each role may do; the place comes from the assignment. */
export const POLICY: Readonly<Record<Role, Partial<Record<Domain, Partial<Record<Action, readonly Access[]>>>>>> = {
  admin: {
    org: { read: ['scope'], write: ['scope'] },
    contacts: { read: ['scope'], write: ['scope'] },
    audit: { read: ['scope'] },
    profile: SELF_SERVICE,
    dues: { read: ['scope'], write: ['scope'] },
  },
  manager: {
    org: { read: ['scope'] },
    contacts: { read: ['scope'], write: ['scope'] },
    profile: SELF_SERVICE,
    dues: { read: ['scope'], write: ['scope'] },
  },
  branch_head: {
    org: { read: ['scope'] },
    contacts: { read: ['scope'], write: ['scope'] },
    profile: SELF_SERVICE,
    dues: { read: ['scope'], write: ['scope'] },
  },
  member: {
    // A member sees the units of their grant, and where their own record is kept.
    org: { read: ['scope', 'self'] },
    contacts: { read: ['self'] },
    profile: SELF_SERVICE,
    // Their own balance, charges, payments and contributions.
    dues: { read: ['self'] },
  },
};

export function accessFor(role: string, domain: Domain, action: Action): readonly Access[] {
  return (POLICY as Record<string, (typeof POLICY)[Role] | undefined>)[role]?.[domain]?.[action] ?? [];
}

export function isDomain(value: string): value is Domain {
  return (DOMAINS as readonly string[]).includes(value);
}

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}
