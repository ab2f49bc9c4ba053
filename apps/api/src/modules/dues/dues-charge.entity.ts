import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/core';
import { registerOrgOwned } from '../../platform/auth/org-scope-filter';
import { MONEY_ROW_SCOPE } from './money-row.scope';

/** What a contact owes for one period ('YYYY-MM' monthly, 'YYYY' yearly); at most one per period. */
@Entity({ tableName: 'dues_charge' })
@Filter(registerOrgOwned('DuesCharge', 'dues_charge', 'dues', MONEY_ROW_SCOPE))
export class DuesCharge {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  contactId!: string;

  @Property({ type: 'uuid' })
  orgUnitId!: string;

  /** The contact's path, kept in step by a trigger when the contact moves. */
  @Property({ type: 'string', columnType: 'ltree' })
  orgPath!: string;

  @Property({ type: 'string', length: 7 })
  period!: string;

  @Property({ type: 'bigint', columnType: 'bigint' })
  amountKopiyky!: string;

  @Property({ type: 'string', columnType: 'date' })
  dueOn!: string;

  @Property({ type: 'uuid', nullable: true })
  scheduleId: string | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;
}
