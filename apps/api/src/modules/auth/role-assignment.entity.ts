import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Reach } from '@hromada/shared';

@Entity({ tableName: 'role_assignment' })
export class RoleAssignment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 32 })
  role!: string;

  @Property({ type: 'uuid' })
  orgUnitId!: string;

  @Property({ type: 'string', length: 8 })
  reach!: Reach;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;
}
