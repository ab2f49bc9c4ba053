import { Entity, Filter, Property } from '@mikro-orm/core';
import { registerOrgOwned } from '../../platform/auth/org-scope-filter';
import { MoneyRow } from './money-row.entity';
import { MONEY_ROW_SCOPE } from './money-row.scope';

/** What a contact owes for one period ('YYYY-MM' monthly, 'YYYY' yearly); at most one per period. */
@Entity({ tableName: 'dues_charge' })
@Filter(registerOrgOwned('DuesCharge', 'dues_charge', 'dues', MONEY_ROW_SCOPE))
export class DuesCharge extends MoneyRow {
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Property({ type: 'string', columnType: 'date' })
  dueOn!: string;

  @Property({ type: 'uuid', nullable: true })
  scheduleId: string | null = null;
}
