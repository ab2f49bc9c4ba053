import fs from 'node:fs';
import path from 'node:path';
import { CONTACT_KINDS, GENDERS, MEMBERSHIP_STATUSES, MEMBERSHIP_TYPES } from '@hromada/shared';
import { repoRoot } from '../../config';
import type { Locale } from '../../context';

export const EXPORT_COLUMN_KEYS = [
  'id', 'lastName', 'firstName', 'patronymic', 'phones', 'emails', 'gender', 'birthDate', 'addressRegion', 'addressSettlement',
  'addressStreet', 'tags', 'contactType', 'membershipType', 'membershipStatus', 'membershipSince', 'cardNumber', 'duesBalance',
  'consentAt', 'consentVersion', 'source', 'notes', 'unit', 'region', 'createdAt', 'updatedAt',
] as const;
export type ExportColumnKey = (typeof EXPORT_COLUMN_KEYS)[number];

/** The words of an export file in one language: header row, sheet name, enum values. */
export interface ExportLabels {
  sheetName: string;
  columns: Record<ExportColumnKey, string>;
  values: {
    gender: Record<string, string>;
    contactType: Record<string, string>;
    membershipType: Record<string, string>;
    membershipStatus: Record<string, string>;
  };
}

const cache = new Map<Locale, ExportLabels>();

/**
 * The export's words from the web app's own translations (packages/i18n, namespace
 * `groups`), so a file and the screen always say the same. Checked on first use: a missing
 * word is a build mistake, not something to paper over in a user's file.
 */
export function exportLabels(locale: Locale): ExportLabels {
  const cached = cache.get(locale);
  if (cached) return cached;
  const file = path.join(repoRoot, 'packages', 'i18n', 'locales', locale, 'groups.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { export?: { sheetName?: string; columns?: Record<string, string> }; values?: ExportLabels['values'] };
  const labels: ExportLabels = {
    sheetName: json.export?.sheetName ?? '',
    columns: Object.fromEntries(EXPORT_COLUMN_KEYS.map((key) => [key, json.export?.columns?.[key] ?? ''])) as ExportLabels['columns'],
    values: json.values ?? { gender: {}, contactType: {}, membershipType: {}, membershipStatus: {} },
  };
  const missing = [
    ...(labels.sheetName ? [] : ['export.sheetName']),
    ...EXPORT_COLUMN_KEYS.filter((key) => !labels.columns[key]).map((key) => `export.columns.${key}`),
    ...GENDERS.filter((v) => !labels.values.gender?.[v]).map((v) => `values.gender.${v}`),
    ...CONTACT_KINDS.filter((v) => !labels.values.contactType?.[v]).map((v) => `values.contactType.${v}`),
    ...MEMBERSHIP_TYPES.filter((v) => !labels.values.membershipType?.[v]).map((v) => `values.membershipType.${v}`),
    ...MEMBERSHIP_STATUSES.filter((v) => !labels.values.membershipStatus?.[v]).map((v) => `values.membershipStatus.${v}`),
  ];
  if (missing.length > 0) throw new Error(`${file} lacks ${missing.join(', ')}`);
  cache.set(locale, labels);
  return labels;
}
