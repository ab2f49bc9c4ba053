import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { ImportMapping } from './import-fields';

/**
 * A column mapping a user saved, keyed by the header row it was made for: the next file with
 * the same headers gets it without asking. Each user's own.
 */
@Entity({ tableName: 'contact_import_mapping' })
export class ContactImportMapping {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  createdBy!: string;

  /** `headerSignature(headers)`. */
  @Property({ type: 'string', length: 64 })
  signature!: string;

  @Property({ type: 'json' })
  headers!: string[];

  @Property({ type: 'json' })
  mapping!: ImportMapping;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date;
}
