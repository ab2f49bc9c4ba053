import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { StoredSelection } from '../groups/contact-selection';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_STATUSES = ['ready', 'running', 'completed', 'failed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/**
 * One export, from the ticket that allows it to the rows it wrote. The download URL carries
 * a random token (only its hash is kept) that works once, for a few minutes, for the user
 * who asked for it: a link from another site cannot start an export.
 */
@Entity({ tableName: 'contact_export' })
export class ContactExport {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  /** The selection as the user gave it: a list, a filter, a group or ids. */
  @Property({ type: 'json' })
  selection!: StoredSelection;

  @Property({ type: 'string', length: 8 })
  format!: ExportFormat;

  /** The header row's language. */
  @Property({ type: 'string', length: 2 })
  locale!: 'uk' | 'en';

  @Property({ type: 'string', length: 16 })
  status: ExportStatus = 'ready';

  @Property({ type: 'integer', nullable: true })
  rowCount: number | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}
