import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config';
import type { Locale } from '../../context';

/** The web app's translations (packages/i18n/locales), read once per namespace and language. */
const LOCALES_DIR = path.join(repoRoot, 'packages', 'i18n', 'locales');
const loaded = new Map<string, Record<string, unknown>>();

function namespace(locale: Locale, ns: string): Record<string, unknown> {
  const cacheKey = `${locale}/${ns}`;
  let texts = loaded.get(cacheKey);
  if (!texts) {
    const file = path.join(LOCALES_DIR, locale, `${ns}.json`);
    texts = /^[a-z]+$/.test(ns) && fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
    loaded.set(cacheKey, texts);
  }
  return texts;
}

function lookup(locale: Locale, ns: string, keyPath: string): string | null {
  let node: unknown = namespace(locale, ns);
  for (const part of keyPath.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : null;
}

const NUMBER_LOCALE: Record<Locale, string> = { uk: 'uk-UA', en: 'en-GB' };

/**
 * Text the server writes for people (a report file, an HTTP error) in their language, from
 * the same keys and files as the web app: `ns:path.to.key`, `{{param}}` interpolation, and
 * i18next's plural suffixes chosen by a numeric `count`. Falls back to English, then to the key.
 */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const [ns, keyPath] = key.includes(':') ? key.split(':', 2) : ['common', key];
  const count = params.count;
  const candidates = typeof count === 'number' ? [`${keyPath}_${new Intl.PluralRules(NUMBER_LOCALE[locale]).select(count)}`, `${keyPath}_other`, keyPath] : [keyPath];
  let text: string | null = null;
  for (const language of [locale, 'en'] as const) {
    for (const candidate of candidates) text ??= lookup(language, ns, candidate);
  }
  if (text === null) return key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    if (typeof value === 'number') return new Intl.NumberFormat(NUMBER_LOCALE[locale]).format(value);
    return value === undefined || value === null ? whole : String(value);
  });
}
