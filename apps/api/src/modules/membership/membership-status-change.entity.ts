import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { MembershipStatus, MembershipType } from '@hromada/shared';

/** One step of a contact's membership history; read only through the visible contact. */
@Entity({ tableName: 'membership_status_change' })
export class MembershipStatusChange {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  contactId!: string;

  @Property({ type: 'string', length: 16 })
  membershipType!: MembershipType;

  @Property({ type: 'string', length: 16, nullable: true })
  fromStatus: MembershipStatus | null = null;

  @Property({ type: 'string', length: 16 })
  toStatus!: MembershipStatus;

  @Property({ type: 'string', columnType: 'date' })
  changedOn!: string;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  actorUserId: string | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;
}
