import { Entity, Filter, Property } from '@mikro-orm/core';
import type { PaymentMethod } from '@hromada/shared';
import { registerOrgOwned } from '../../platform/auth/org-scope-filter';
import { MoneyRow } from './money-row.entity';
import { MONEY_ROW_SCOPE } from './money-row.scope';

/** A donation beyond dues, for a campaign or the general fund, with its receipt number. */
@Entity({ tableName: 'contribution' })
@Filter(registerOrgOwned('Contribution', 'contribution', 'dues', MONEY_ROW_SCOPE))
export class Contribution extends MoneyRow {
  /** Null: the general fund. */
  @Property({ type: 'string', length: 100, nullable: true })
  campaign: string | null = null;

  @Property({ type: 'string', length: 16 })
  method!: PaymentMethod;

  @Property({ type: 'string', columnType: 'date' })
  receivedOn!: string;

  /** Unique across the organization, regardless of case. */
  @Property({ type: 'string', length: 40 })
  receiptNumber!: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;
}
