import { registerEnumType } from 'type-graphql';
import { IMPORT_STATUSES } from './contact-import.entity';
import { IMPORT_FIELDS } from './import-fields';

/** A GraphQL enum over stored camelCase values: `LAST_NAME` in the schema is 'lastName' in code. */
function screamingEnum<T extends string>(values: readonly T[]): Record<string, T> {
  return Object.fromEntries(values.map((value) => [value.replace(/([A-Z])/g, '_$1').toUpperCase(), value]));
}

export const ImportFieldEnum = screamingEnum(IMPORT_FIELDS);
export const ContactImportStatusEnum = screamingEnum(IMPORT_STATUSES);
export const ImportFormatEnum = { CSV: 'csv', XLSX: 'xlsx' } as const;
export const ImportMatchModeEnum = { UPDATE_MATCHING: 'update', ALWAYS_CREATE: 'create' } as const;
export const ImportErrorModeEnum = { SKIP_BAD_ROWS: 'skip', ALL_OR_NOTHING: 'all' } as const;
export const ImportRowOutcomeEnum = { CREATED: 'created', UPDATED: 'updated', SKIPPED: 'skipped', ERROR: 'error' } as const;
export const ImportMappingSourceEnum = { SUGGESTED: 'suggested', SAVED: 'saved', SET: 'set' } as const;

registerEnumType(ImportFieldEnum, {
  name: 'ImportField',
  description: 'What a column of an import file holds. FULL_NAME is split into last name, first name and patronymic; UNIT is a branch code or exact name.',
});
registerEnumType(ContactImportStatusEnum, { name: 'ContactImportStatus', description: 'uploaded → checking → checked → importing → imported, or failed.' });
registerEnumType(ImportFormatEnum, { name: 'ImportFormat' });
registerEnumType(ImportMatchModeEnum, {
  name: 'ImportMatchMode',
  description: 'UPDATE_MATCHING: a row whose phone or e-mail matches a contact you may edit updates it, other rows create contacts. ALWAYS_CREATE: every row is a new contact.',
});
registerEnumType(ImportErrorModeEnum, {
  name: 'ImportErrorMode',
  description: 'SKIP_BAD_ROWS: good rows are written, bad ones reported. ALL_OR_NOTHING: one bad row and nothing is written.',
});
registerEnumType(ImportRowOutcomeEnum, { name: 'ImportRowOutcome', description: 'After a check: what would happen to the row; after an import: what did.' });
registerEnumType(ImportMappingSourceEnum, { name: 'ImportMappingSource', description: 'SUGGESTED from the headers, SAVED for the same headers earlier, or SET by you.' });
