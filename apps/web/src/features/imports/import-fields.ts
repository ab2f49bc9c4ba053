import type { ImportField } from '../../gql/graphql';

/** Every field a column can be imported as, in the order the select offers them, with its name in row errors. */
const FIELD_NAMES = {
  IGNORE: 'ignore', LAST_NAME: 'lastName', FIRST_NAME: 'firstName', PATRONYMIC: 'patronymic', FULL_NAME: 'fullName',
  PHONE: 'phone', EMAIL: 'email', GENDER: 'gender', BIRTH_DATE: 'birthDate', ADDRESS_REGION: 'addressRegion',
  ADDRESS_SETTLEMENT: 'addressSettlement', ADDRESS_STREET: 'addressStreet', TAGS: 'tags', NOTES: 'notes', SOURCE: 'source',
  CONTACT_TYPE: 'contactType', UNIT: 'unit',
} as const satisfies Record<ImportField, string>;

type FieldName = (typeof FIELD_NAMES)[ImportField] | 'row';

export const IMPORT_FIELDS = Object.keys(FIELD_NAMES) as ImportField[];

/** The label key of a field, from the schema's LAST_NAME or the camelCase lastName row errors carry ('row' for a whole row). */
export function fieldLabelKey(field: string): `imports:field.${FieldName}` {
  const names: readonly string[] = Object.values(FIELD_NAMES);
  const name = (FIELD_NAMES as Record<string, FieldName>)[field] ?? (names.includes(field) ? (field as FieldName) : 'row');
  return `imports:field.${name}`;
}

/** A column's header, or "Column 3" when the file left it blank. */
export function columnTitle(headers: readonly string[], index: number, untitled: (n: number) => string): string {
  return headers[index]?.trim() || untitled(index + 1);
}
