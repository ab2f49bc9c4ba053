import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit, type AuditOrigin } from '../../platform/audit/audit.service';
import type { Viewer } from '../../platform/auth/viewer';
import { ContactImport } from './contact-import.entity';
import { ContactImportMapping } from './contact-import-mapping.entity';
import { detectImportFile, ImportFileRefused, MAX_IMPORT_BYTES } from './import-file-detect';
import { headerSignature } from './import-fields';
import { summarizeSheet } from './import-sheet-reader';

/** A file name as shown back to its uploader: no path, no control characters, at most 255 characters. */
export function cleanFileName(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const base = raw.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || 'import').slice(0, 255);
}

/**
 * Stores an uploaded file as a new import of `viewer`, after reading it through: its type,
 * encoding, delimiter, header, first rows and row count. A refused file (wrong type, broken
 * encoding, too big, no header or rows) throws `ImportFileRefused` and nothing is stored.
 * A mapping the viewer saved for the same headers is applied at once; a viewer who can write
 * to one unit only gets it as the unit for every row.
 */
export async function storeUpload(em: EntityManager, viewer: Viewer, rawName: string, bytes: Buffer, origin: AuditOrigin): Promise<ContactImport> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileRefused('imports:error.fileTooLarge', { max: MAX_IMPORT_BYTES / 1024 / 1024 });
  const fileName = cleanFileName(rawName);
  const detected = detectImportFile(bytes, fileName);
  const source = detected.format === 'csv'
    ? { format: detected.format, encoding: detected.encoding, delimiter: detected.delimiter, bytes }
    : { format: detected.format, encoding: null, delimiter: null, bytes };
  const summary = await summarizeSheet(source);
  const saved = await em.findOne(ContactImportMapping, { createdBy: viewer.userId, signature: headerSignature(summary.headers) });
  const grants = viewer.scope('contacts', 'write').grants;
  const contactImport = em.create(ContactImport, {
    id: randomUUID(),
    createdBy: viewer.userId,
    targetOrgUnitId: grants.length === 1 ? grants[0].unitId : null,
    fileName,
    format: source.format,
    encoding: source.encoding,
    delimiter: source.delimiter,
    bytes,
    size: bytes.length,
    headers: summary.headers,
    sample: summary.sample,
    rowCount: summary.rowCount,
  } as ContactImport);
  if (saved && saved.mapping.length === summary.headers.length) {
    contactImport.mapping = saved.mapping;
    contactImport.mappingSource = 'saved';
  }
  await em.transactional(async (tx) => {
    tx.persist(contactImport);
    audit(tx, {
      actorUserId: viewer.userId,
      operation: 'contactImport.upload',
      recordType: 'ContactImport',
      recordId: contactImport.id,
      after: { fileName, format: source.format, encoding: source.encoding, size: bytes.length, rowCount: summary.rowCount },
    }, origin);
  });
  return contactImport;
}
