import { Entity, Filter, Property } from '@mikro-orm/core';
import type { PaymentMethod } from '@hromada/shared';
import { registerOrgOwned } from '../../platform/auth/org-scope-filter';
import { MoneyRow } from './money-row.entity';
import { MONEY_ROW_SCOPE } from './money-row.scope';

/** Dues a contact paid: by hand (cash, transfer, card) or from a bank statement import. */
@Entity({ tableName: 'dues_payment' })
@Filter(registerOrgOwned('DuesPayment', 'dues_payment', 'dues', MONEY_ROW_SCOPE))
export class DuesPayment extends MoneyRow {
  @Property({ type: 'string', length: 16 })
  method!: PaymentMethod;

  @Property({ type: 'string', columnType: 'date' })
  paidOn!: string;

  @Property({ type: 'string', length: 140, nullable: true })
  reference: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  bankImportId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;
}
