import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A contact in a static group. Not org-owned on its own: it is read only through a group
 * the viewer may see, joined to contacts within the viewer's scope.
 */
@Entity({ tableName: 'contact_group_member' })
export class ContactGroupMember {
  @PrimaryKey({ type: 'uuid' })
  groupId!: string;

  @PrimaryKey({ type: 'uuid' })
  contactId!: string;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  addedAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  addedBy: string | null = null;
}
