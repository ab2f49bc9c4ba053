import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { RelationshipKind } from '@hromada/shared';

/**
 * A directed link between two contacts ("A recruited B"); the other side reads it through
 * the inverse label. Scoped through its contacts: each side shows only visible contacts.
 */
@Entity({ tableName: 'contact_relationship' })
export class ContactRelationship {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  contactId!: string;

  @Property({ type: 'uuid' })
  relatedContactId!: string;

  @Property({ type: 'string', length: 24 })
  kind!: RelationshipKind;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;
}
