import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/core';
import type { ContactFilter } from '@hromada/shared';
import { registerOrgOwned } from '../../platform/auth/org-scope-filter';

export const CONTACT_GROUP_KINDS = ['smart', 'static'] as const;
export type ContactGroupKind = (typeof CONTACT_GROUP_KINDS)[number];

/**
 * Owned by a unit, and shared down the tree from it: a group made at HQ is seen by every
 * branch head (each sees only their own part of it); those above the owner unit see it as
 * any record of theirs. Members see none.
 */
const CONTACT_GROUP_SCOPE = { path: 'org_path', sharedDown: true } as const;

@Entity({ tableName: 'contact_group' })
@Filter(registerOrgOwned('ContactGroup', 'contact_group', 'contacts', CONTACT_GROUP_SCOPE))
export class ContactGroup {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'string', length: 8 })
  kind!: ContactGroupKind;

  /** A smart group's criteria, evaluated on every read; null for a static group. */
  @Property({ type: 'json', nullable: true })
  filter: ContactFilter | null = null;

  @Property({ type: 'uuid' })
  orgUnitId!: string;

  /** Kept equal to the owner unit's path by a trigger. */
  @Property({ type: 'string', columnType: 'ltree' })
  orgPath!: string;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'integer', version: true })
  version!: number;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date;
}
