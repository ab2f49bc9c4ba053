import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A sign-in. Only the SHA-256 of the token is stored, so a database leak yields no live sessions. */
@Entity({ tableName: 'session' })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  lastSeenAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip!: string | null;

  @Property({ type: 'string', length: 400, nullable: true })
  userAgent!: string | null;
}
