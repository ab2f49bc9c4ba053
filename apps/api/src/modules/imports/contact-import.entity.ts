import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { CsvDelimiter, CsvEncoding, ImportFormat } from './import-file-detect';
import type { ImportMapping } from './import-fields';

export const IMPORT_STATUSES = ['uploaded', 'checking', 'checked', 'importing', 'imported', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Update the contacts a row's phone or e-mail matches (in write scope), else create; or always create. */
export type MatchMode = 'update' | 'create';
/** Write the good rows and report the bad; or write nothing if any row is bad. */
export type ErrorMode = 'skip' | 'all';

export interface ImportCounts {
  total: number;
  created: number;
  updated: number;
  skipped: number;
  errors: number;
}

/**
 * An uploaded contact file and what became of it. It belongs to the user who uploaded it and
 * nobody else sees it (it is not org-owned: the rows it writes are, and are checked against
 * the uploader's write scope when they are written). The file is dropped once imported.
 */
@Entity({ tableName: 'contact_import' })
export class ContactImport {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  createdBy!: string;

  /** Where rows without a unit column go. */
  @Property({ type: 'uuid', nullable: true })
  targetOrgUnitId: string | null = null;

  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Property({ type: 'string', length: 8 })
  format!: ImportFormat;

  @Property({ type: 'string', length: 16, nullable: true })
  encoding: CsvEncoding | null = null;

  @Property({ type: 'string', length: 1, nullable: true })
  delimiter: CsvDelimiter | null = null;

  @Property({ type: 'blob', nullable: true, lazy: true })
  bytes: Buffer | null = null;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'json' })
  headers!: string[];

  /** The first rows as text, for the mapping screen. */
  @Property({ type: 'json' })
  sample!: string[][];

  @Property({ type: 'integer' })
  rowCount!: number;

  @Property({ type: 'string', length: 16 })
  status: ImportStatus = 'uploaded';

  @Property({ type: 'json', nullable: true })
  mapping: ImportMapping | null = null;

  /** Where `mapping` came from: a mapping saved for the same headers, or the user; null while none is set. */
  @Property({ type: 'string', length: 8, nullable: true })
  mappingSource: 'saved' | 'set' | null = null;

  @Property({ type: 'string', length: 16 })
  matchMode: MatchMode = 'update';

  @Property({ type: 'string', length: 16 })
  errorMode: ErrorMode = 'skip';

  /** The background task of the latest check or import. */
  @Property({ type: 'uuid', nullable: true })
  taskId: string | null = null;

  /** Whether `counts` and the rows' outcomes are from a check (true) or an import (false). */
  @Property({ type: 'boolean', nullable: true })
  dryRun: boolean | null = null;

  @Property({ type: 'json', nullable: true })
  counts: ImportCounts | null = null;

  /** Why the latest run failed, for the user. */
  @Property({ type: 'string', length: 64, nullable: true })
  errorKey: string | null = null;

  @Property({ type: 'json', nullable: true })
  errorParams: Record<string, string | number> | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}
