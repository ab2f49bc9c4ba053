import type { ExportColumnKey, ExportLabels } from './export-labels';

/** How a column is written: CSV and XLSX each turn these into their own cells. */
export type ExportCellType = 'text' | 'money' | 'date' | 'datetime';

/** One contact as the export reads it; times already in the organization's zone. */
export interface ExportRow {
  id: string;
  last_name: string;
  first_name: string;
  patronymic: string | null;
  phones: string[];
  emails: string[];
  gender: string | null;
  birth_date: string | null;
  address_region: string | null;
  address_settlement: string | null;
  address_street: string | null;
  tags: string[];
  contact_type: string;
  membership_type: string | null;
  membership_status: string | null;
  membership_since: string | null;
  card_number: string | null;
  /** Kopiyky, as text (bigint). */
  dues_balance: string;
  /** 'YYYY-MM-DD HH:MM' in the organization's zone. */
  consent_at: string | null;
  consent_version: string | null;
  source: string | null;
  notes: string | null;
  unit_name_uk: string;
  unit_name_en: string;
  org_path: string;
  created_at: string;
  updated_at: string;
}

/** What a column's value is computed from besides the row. */
export interface ExportRowContext {
  labels: ExportLabels;
  locale: 'uk' | 'en';
  /** The region above a unit path, by path; null when there is none (HQ). */
  regionOf(path: string): string | null;
}

export interface ExportColumn {
  key: ExportColumnKey;
  type: ExportCellType;
  /** Rough width in characters, for the spreadsheet. */
  width: number;
  value(row: ExportRow, context: ExportRowContext): string | null;
}

const LIST_SEPARATOR = ', ';
const word = (map: Record<string, string>, value: string | null) => (value === null ? null : (map[value] ?? value));

/** Every contact field, with the unit and region names, in the file's column order. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { key: 'id', type: 'text', width: 38, value: (r) => r.id },
  { key: 'lastName', type: 'text', width: 18, value: (r) => r.last_name },
  { key: 'firstName', type: 'text', width: 16, value: (r) => r.first_name },
  { key: 'patronymic', type: 'text', width: 18, value: (r) => r.patronymic },
  { key: 'phones', type: 'text', width: 18, value: (r) => r.phones.join(LIST_SEPARATOR) || null },
  { key: 'emails', type: 'text', width: 26, value: (r) => r.emails.join(LIST_SEPARATOR) || null },
  { key: 'gender', type: 'text', width: 10, value: (r, c) => word(c.labels.values.gender, r.gender) },
  { key: 'birthDate', type: 'date', width: 12, value: (r) => r.birth_date },
  { key: 'addressRegion', type: 'text', width: 18, value: (r) => r.address_region },
  { key: 'addressSettlement', type: 'text', width: 18, value: (r) => r.address_settlement },
  { key: 'addressStreet', type: 'text', width: 24, value: (r) => r.address_street },
  { key: 'tags', type: 'text', width: 20, value: (r) => r.tags.join(LIST_SEPARATOR) || null },
  { key: 'contactType', type: 'text', width: 14, value: (r, c) => word(c.labels.values.contactType, r.contact_type) },
  { key: 'membershipType', type: 'text', width: 14, value: (r, c) => word(c.labels.values.membershipType, r.membership_type) },
  { key: 'membershipStatus', type: 'text', width: 14, value: (r, c) => word(c.labels.values.membershipStatus, r.membership_status) },
  { key: 'membershipSince', type: 'date', width: 12, value: (r) => r.membership_since },
  { key: 'cardNumber', type: 'text', width: 12, value: (r) => r.card_number },
  { key: 'duesBalance', type: 'money', width: 12, value: (r) => r.dues_balance },
  { key: 'consentAt', type: 'datetime', width: 17, value: (r) => r.consent_at },
  { key: 'consentVersion', type: 'text', width: 10, value: (r) => r.consent_version },
  { key: 'source', type: 'text', width: 16, value: (r) => r.source },
  { key: 'notes', type: 'text', width: 30, value: (r) => r.notes },
  { key: 'unit', type: 'text', width: 28, value: (r, c) => (c.locale === 'en' ? r.unit_name_en || r.unit_name_uk : r.unit_name_uk || r.unit_name_en) },
  { key: 'region', type: 'text', width: 24, value: (r, c) => c.regionOf(r.org_path) },
  { key: 'createdAt', type: 'datetime', width: 17, value: (r) => r.created_at },
  { key: 'updatedAt', type: 'datetime', width: 17, value: (r) => r.updated_at },
];

/** The select list for ExportRow on `contact c` joined to its unit `u`; one `?` for the time zone per timestamp. */
export function exportSelect(): { sql: string; timeZoneParams: number } {
  const local = (column: string) => `to_char(c.${column} at time zone ?, 'YYYY-MM-DD HH24:MI') as ${column}`;
  const sql = [
    'c.id', 'c.last_name', 'c.first_name', 'c.patronymic', 'c.phones', 'c.emails', 'c.gender', 'c.birth_date::text as birth_date',
    'c.address_region', 'c.address_settlement', 'c.address_street', 'c.tags', 'c.contact_type', 'c.membership_type', 'c.membership_status',
    'c.membership_since::text as membership_since', 'c.card_number', 'c.dues_balance::text as dues_balance', local('consent_at'),
    'c.consent_version', 'c.source', 'c.notes', 'u.name_uk as unit_name_uk', 'u.name_en as unit_name_en', 'c.org_path::text as org_path',
    local('created_at'), local('updated_at'),
  ].join(', ');
  return { sql, timeZoneParams: 3 };
}
