import type { EntityManager } from '@mikro-orm/postgresql';
import { covers, type Grant } from '../../platform/auth/viewer';
import { executeBound, pgArray } from '../../platform/db/sql';

export interface ImportUnit {
  id: string;
  path: string;
}

export type UnitLookup = ImportUnit | 'unknown' | 'ambiguous';

interface UnitRow {
  id: string;
  code: string;
  name_uk: string;
  name_en: string;
  path: string;
}

/** How a unit column is compared: case and spacing do not matter. */
export function foldUnitRef(ref: string): string {
  return ref.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The units an import's unit column names, by code or by exact name (Ukrainian or English),
 * among the units the importer may add contacts to. A unit outside that scope is "unknown",
 * exactly like one that does not exist. Looked up once per distinct value and remembered.
 */
export class ImportUnits {
  private readonly known = new Map<string, UnitLookup>();

  constructor(
    private readonly em: EntityManager,
    private readonly writeGrants: readonly Grant[],
  ) {}

  async load(refs: Iterable<string>): Promise<void> {
    const missing = [...new Set([...refs].map(foldUnitRef))].filter((ref) => ref !== '' && !this.known.has(ref));
    if (missing.length === 0) return;
    const list = pgArray(missing);
    const rows = await executeBound<UnitRow>(
      this.em,
      `select id, code, name_uk, name_en, path::text as path from org_unit
        where lower(code) = any(?::text[]) or lower(name_uk) = any(?::text[]) or lower(name_en) = any(?::text[])`,
      [list, list, list],
    );
    const byCode = new Map<string, UnitRow>();
    const byName = new Map<string, UnitRow[]>();
    for (const row of rows) {
      if (!covers(this.writeGrants, row.path)) continue;
      byCode.set(row.code.toLowerCase(), row);
      for (const name of new Set([foldUnitRef(row.name_uk), foldUnitRef(row.name_en)])) byName.set(name, [...(byName.get(name) ?? []), row]);
    }
    for (const ref of missing) {
      const code = byCode.get(ref);
      const found = code ? [code] : (byName.get(ref) ?? []);
      this.known.set(ref, found.length === 1 ? { id: found[0].id, path: found[0].path } : found.length === 0 ? 'unknown' : 'ambiguous');
    }
  }

  /** A unit `load` has looked up. */
  get(ref: string): UnitLookup {
    return this.known.get(foldUnitRef(ref)) ?? 'unknown';
  }
}
