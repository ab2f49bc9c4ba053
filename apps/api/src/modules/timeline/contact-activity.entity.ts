import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { ActivityKind } from '@hromada/shared';

/**
 * One entry on a contact's timeline: an activity someone logged (call, meeting, note,
 * e-mail) or a system event (created, status changed, paid, merged, imported). Scoped
 * through its contact: it is only ever read as part of a visible contact.
 */
@Entity({ tableName: 'contact_activity' })
export class ContactActivity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  contactId!: string;

  @Property({ type: 'string', length: 24 })
  kind!: ActivityKind;

  @Property({ type: 'string', length: 200, nullable: true })
  subject: string | null = null;

  @Property({ type: 'text', nullable: true })
  body: string | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  actorUserId: string | null = null;

  /** Details of a system event (old and new status, amount, merged contact …). */
  @Property({ type: 'json', nullable: true })
  payload: Record<string, unknown> | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;
}
