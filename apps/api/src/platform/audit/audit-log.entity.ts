import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'audit_log' })
export class AuditLog {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  at!: Date;

  @Property({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Property({ type: 'string', length: 64 })
  operation!: string;

  @Property({ type: 'string', length: 64 })
  recordType!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  recordId!: string | null;

  @Property({ type: 'json', nullable: true })
  before!: unknown;

  @Property({ type: 'json', nullable: true })
  after!: unknown;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId!: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip!: string | null;
}
