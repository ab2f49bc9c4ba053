import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../platform/db/sql';
import type { ImportCounts, ImportStatus } from './contact-import.entity';

export interface ImportEnd {
  status: ImportStatus;
  dryRun: boolean;
  counts: ImportCounts | null;
  errorKey?: string | null;
  errorParams?: Record<string, number> | null;
}

/**
 * Records how a run ended. An imported file is dropped: its rows are contacts now, and the
 * report keeps each row's outcome; the uploaded personal data is not kept twice.
 */
export async function finishImport(em: EntityManager, importId: string, end: ImportEnd): Promise<void> {
  await execute(
    em,
    `update contact_import
        set status = ?, dry_run = ?, counts = ?::jsonb, error_key = ?, error_params = ?::jsonb,
            finished_at = now(), updated_at = now(), bytes = case when ? = 'imported' then null else bytes end
      where id = ?`,
    [
      end.status,
      end.dryRun,
      end.counts ? JSON.stringify(end.counts) : null,
      end.errorKey ?? null,
      end.errorParams ? JSON.stringify(end.errorParams) : null,
      end.status,
      importId,
    ],
  );
}

/**
 * Moves an import into a run if it is free to run (not running, not yet imported), in one
 * statement so two clicks cannot start two runs. False when it was not free.
 */
export async function claimForRun(em: EntityManager, importId: string, createdBy: string, dryRun: boolean): Promise<boolean> {
  const rows = await execute<{ id: string }>(
    em,
    `update contact_import
        set status = ?, dry_run = ?, counts = null, error_key = null, error_params = null, finished_at = null, updated_at = now()
      where id = ? and created_by = ? and status in ('uploaded', 'checked', 'failed') and mapping is not null and bytes is not null
      returning id`,
    [dryRun ? 'checking' : 'importing', dryRun, importId, createdBy],
  );
  return rows.length > 0;
}
