import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;

  @Property({ type: 'string', length: 200 })
  displayName!: string;

  @Property({ type: 'string', length: 8 })
  locale!: string;

  @Property({ type: 'uuid', nullable: true })
  contactId!: string | null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date;
}
