import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  actorUserId: string | null;
  operation: string;
  recordType: string;
  recordId: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditOrigin {
  requestId: string;
  ip: string | null;
}

/**
 * Adds an audit row to the unit of work of `em`; it is written by the same flush, in the same
 * transaction, as the change it describes, so there is never a change without its record.
 */
export function audit(em: EntityManager, entry: AuditEntry, origin: AuditOrigin): void {
  em.persist(
    em.create(AuditLog, {
      actorUserId: entry.actorUserId,
      operation: entry.operation,
      recordType: entry.recordType,
      recordId: entry.recordId,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId: origin.requestId,
      ip: origin.ip,
    } as AuditLog),
  );
}
