import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One committed bank statement: what was read and what it became. Its payments point back
 * to it; the statement's rows themselves are not kept (the file is the bank's record).
 */
@Entity({ tableName: 'bank_import' })
export class BankImport {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 255, nullable: true })
  fileName: string | null = null;

  @Property({ type: 'string', length: 16 })
  encoding!: string;

  @Property({ type: 'integer' })
  rowsTotal!: number;

  @Property({ type: 'integer' })
  paymentsCreated!: number;

  @Property({ type: 'bigint', columnType: 'bigint' })
  amountKopiyky!: string;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;
}
