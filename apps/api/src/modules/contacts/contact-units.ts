import { cleanText } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import { scopePredicate } from '../../platform/auth/scope-sql';
import { EMPTY_SCOPE } from '../../platform/auth/viewer';
import { execute } from '../../platform/db/sql';
import { orgUnitColumns, toOrgUnitRecord, type OrgUnitRecord, type OrgUnitRow } from '../org/org-unit.record';
import { OrgUnit } from '../org/org-unit.entity';

export const MAX_WRITABLE_UNITS = 50;

/**
 * Units the viewer may add contacts to, matching `search` (name in either language or
 * code), top of the tree first, then by name. The contacts write grants as a predicate
 * on the unit table itself: a UNIT grant is that unit, a SUBTREE grant everything under it.
 */
export async function contactWritableUnits(ctx: GraphQLContext, search: string | null | undefined, first: number): Promise<OrgUnitRecord[]> {
  const write = scopePredicate(ctx.viewer?.scope('contacts', 'write') ?? EMPTY_SCOPE, { path: 'path', unit: 'id' }, 'u');
  const read = readScopeSql(ctx.viewer, OrgUnit, 'u');
  const text = cleanText(search);
  const like = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const name = ctx.locale === 'en' ? 'u.name_en' : 'u.name_uk';
  const rows = await execute<OrgUnitRow>(
    ctx.em,
    `select ${orgUnitColumns('u')} from org_unit u
      where ${write.sql} and ${read.sql} ${like ? 'and (u.name_uk ilike ? or u.name_en ilike ? or u.code ilike ?)' : ''}
      order by u.depth, ${name}, u.id limit ${Math.min(Math.max(first, 1), MAX_WRITABLE_UNITS)}`,
    [...write.params, ...read.params, ...(like ? [like, like, like] : [])],
  );
  return rows.map((row) => toOrgUnitRecord(row, ctx.locale));
}
