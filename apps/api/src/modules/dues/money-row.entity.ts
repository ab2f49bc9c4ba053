import { PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The columns every money row of a contact has (charges, payments, contributions): the
 * contact, its unit and path (for scope, see MONEY_ROW_SCOPE) and the amount. Not an entity
 * of its own: each table extends it.
 */
export abstract class MoneyRow {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  contactId!: string;

  @Property({ type: 'uuid' })
  orgUnitId!: string;

  /** The contact's path, kept in step by a trigger when the contact moves. */
  @Property({ type: 'string', columnType: 'ltree' })
  orgPath!: string;

  @Property({ type: 'bigint', columnType: 'bigint' })
  amountKopiyky!: string;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;
}
