/**
 * Key parity between languages. Keys are compared after folding i18next plural
 * suffixes into one group. Languages need different plural forms (English `_one/_other`,
 * Ukrainian `_one/_few/_many/_other`), but every language carries every form any language
 * needs, so the files have identical keys: English `_few`/`_many` repeat `_other` and are
 * never chosen by i18next, and a key can be checked or searched for the same in both files.
 */

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export type Translations = { [key: string]: string | Translations };

interface KeyGroup {
  /** Plural categories present, or null for a plain (non-plural) key. */
  plurals: Set<string> | null;
  variables: Set<string>;
  values: Map<string, unknown>;
}

function flatten(tree: unknown, prefix: string, out: Map<string, unknown>): void {
  if (tree !== null && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree)) {
      flatten(value, prefix ? `${prefix}.${key}` : key, out);
    }
  } else {
    out.set(prefix, tree);
  }
}

function variablesOf(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return [...value.matchAll(/\{\{\s*-?\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]);
}

function groupKeys(namespace: unknown): Map<string, KeyGroup> {
  const flat = new Map<string, unknown>();
  flatten(namespace, '', flat);
  const groups = new Map<string, KeyGroup>();
  for (const [key, value] of flat) {
    const match = PLURAL_SUFFIX.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    let group = groups.get(base);
    if (!group) {
      group = { plurals: match ? new Set() : null, variables: new Set(), values: new Map() };
      groups.set(base, group);
    }
    if (match) {
      if (!group.plurals) group.plurals = new Set();
      group.plurals.add(match[1]);
    } else if (group.plurals) {
      // A plain key next to its own plural forms: record it so it is reported.
      group.values.set(`${key} (plain)`, value);
    }
    group.values.set(key, value);
    for (const variable of variablesOf(value)) group.variables.add(variable);
  }
  return groups;
}

function pluralCategories(language: string): Set<string> {
  return new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
}

const sorted = (values: Iterable<string>) => [...values].sort().join(', ');

/**
 * Returns human-readable problems; an empty list means the languages are in parity.
 * `resources` is `{ [language]: { [namespace]: translations } }`.
 */
export function findParityProblems(resources: Record<string, Record<string, unknown>>): string[] {
  const problems: string[] = [];
  const languages = Object.keys(resources);
  const allNamespaces = new Set(languages.flatMap((lng) => Object.keys(resources[lng])));
  const required = new Set(languages.flatMap((lng) => [...pluralCategories(lng)]));

  for (const ns of allNamespaces) {
    const grouped = new Map<string, Map<string, KeyGroup>>();
    for (const lng of languages) {
      if (!(ns in resources[lng])) problems.push(`${lng}: namespace "${ns}" is missing`);
      else grouped.set(lng, groupKeys(resources[lng][ns]));
    }
    const allBases = new Set([...grouped.values()].flatMap((groups) => [...groups.keys()]));

    for (const base of allBases) {
      const present = [...grouped].filter(([, groups]) => groups.has(base));
      for (const [lng] of grouped) {
        if (!grouped.get(lng)?.has(base)) problems.push(`${lng}: ${ns}:${base} is missing`);
      }
      for (const [lng, groups] of present) {
        const group = groups.get(base) as KeyGroup;
        for (const [key, value] of group.values) {
          if (key.endsWith(' (plain)')) {
            problems.push(`${lng}: ${ns}:${base} has both a plain form and plural forms`);
          } else if (typeof value !== 'string') {
            problems.push(`${lng}: ${ns}:${key} is not a string`);
          } else if (value.trim() === '') {
            problems.push(`${lng}: ${ns}:${key} is empty`);
          }
        }
        if (group.plurals) {
          const missing = [...required].filter((c) => !group.plurals?.has(c));
          const extra = [...group.plurals].filter((c) => !required.has(c));
          if (missing.length) problems.push(`${lng}: ${ns}:${base} lacks plural forms ${sorted(missing)}`);
          if (extra.length) problems.push(`${lng}: ${ns}:${base} has plural forms ${sorted(extra)} that no language uses`);
        }
      }
      if (present.length > 1) {
        const [[firstLng, firstGroups], ...rest] = present;
        const first = firstGroups.get(base) as KeyGroup;
        for (const [lng, groups] of rest) {
          const group = groups.get(base) as KeyGroup;
          if (Boolean(first.plurals) !== Boolean(group.plurals)) {
            problems.push(`${ns}:${base} is plural in ${first.plurals ? firstLng : lng} only`);
          }
          if (sorted(first.variables) !== sorted(group.variables)) {
            problems.push(
              `${ns}:${base} uses variables {${sorted(first.variables)}} in ${firstLng} but {${sorted(group.variables)}} in ${lng}`,
            );
          }
        }
      }
    }
  }
  return problems;
}
