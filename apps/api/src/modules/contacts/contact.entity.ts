import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/core';
import { registerOrgOwned } from '../../platform/auth/org-scope-filter';

const CONTACT_SCOPE = { path: 'org_path', unit: 'org_unit_id', self: 'id' } as const;

@Entity({ tableName: 'contact' })
@Filter(registerOrgOwned('Contact', 'contact', 'contacts', CONTACT_SCOPE))
export class Contact {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  orgUnitId!: string;

  /** Kept equal to the unit's path by a trigger; denormalized so scope is one indexed predicate. */
  @Property({ type: 'string', columnType: 'ltree' })
  orgPath!: string;

  @Property({ type: 'string', length: 100 })
  firstName!: string;

  @Property({ type: 'string', length: 100 })
  lastName!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  patronymic!: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  phone!: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  email!: string | null;

  @Property({ type: 'string', length: 320 })
  sortName!: string;

  @Property({ type: 'text', lazy: true })
  searchDoc!: string;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date;
}
