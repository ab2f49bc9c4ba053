import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/core';
import type { OrgUnitKind } from '@hromada/shared';
import { registerOrgOwned } from '../../platform/auth/org-scope-filter';

const ORG_UNIT_SCOPE = { path: 'path', ancestors: true } as const;

@Entity({ tableName: 'org_unit' })
@Filter(registerOrgOwned('OrgUnit', 'org_unit', 'org', ORG_UNIT_SCOPE))
export class OrgUnit {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'string', length: 200 })
  nameUk!: string;

  @Property({ type: 'string', length: 200 })
  nameEn!: string;

  @Property({ type: 'string', length: 16 })
  kind!: OrgUnitKind;

  @Property({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Property({ type: 'string', columnType: 'ltree' })
  path!: string;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date;

  get depth(): number {
    return this.path.split('.').length - 1;
  }
}
