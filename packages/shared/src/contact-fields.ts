export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

export const CONTACT_KINDS = ['member', 'supporter', 'volunteer', 'donor', 'organization'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const MEMBERSHIP_TYPES = ['member', 'candidate', 'supporter'] as const;
export type MembershipType = (typeof MEMBERSHIP_TYPES)[number];

export const MEMBERSHIP_STATUSES = ['applicant', 'candidate', 'member', 'suspended', 'left', 'expelled'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** Activities people log, then events the system records. */
export const ACTIVITY_KINDS = ['call', 'meeting', 'note', 'email', 'created', 'status_changed', 'paid', 'merged', 'imported', 'transferred', 'merge_undone'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const LOGGED_ACTIVITY_KINDS = ['call', 'meeting', 'note', 'email'] as const satisfies readonly ActivityKind[];

/** Stored from one side; the other side reads the inverse (parent_of ↔ child_of …). */
export const RELATIONSHIP_KINDS = ['spouse', 'relative', 'parent_of', 'recruited', 'employer_of', 'colleague'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** Column limits of the contact table, checked before the database would refuse them. */
export const CONTACT_LIMITS = {
  name: 100,
  addressRegion: 100,
  addressSettlement: 100,
  addressStreet: 200,
  source: 100,
  tag: 50,
  notes: 10_000,
  consentVersion: 32,
  phones: 5,
  emails: 5,
  tags: 30,
} as const;

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
