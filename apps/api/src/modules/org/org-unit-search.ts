import type { GraphQLContext } from '../../context';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import { execute } from '../../platform/db/sql';
import { UserError } from '../../platform/graphql/errors';
import { OrgUnit } from './org-unit.entity';
import { orgUnitColumns, toOrgUnitRecord, type OrgUnitRecord, type OrgUnitRow } from './org-unit.record';

export const MAX_UNIT_MATCHES = 30;

/** Visible units whose name (either language) or code contains `text`: higher units first, then by name. */
export async function searchOrgUnits(ctx: GraphQLContext, text: string, first: number): Promise<OrgUnitRecord[]> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_UNIT_MATCHES) {
    throw new UserError('BAD_USER_INPUT', 'errors:firstTooLarge', `\`first\` may be at most ${MAX_UNIT_MATCHES}.`, { field: 'first', params: { max: MAX_UNIT_MATCHES } });
  }
  const needle = text.trim();
  if (needle === '') return [];
  const like = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const scope = readScopeSql(ctx.viewer, OrgUnit, 'u');
  const name = ctx.locale === 'en' ? 'u.name_en' : 'u.name_uk';
  // A few thousand units: filtering them all takes a millisecond, no index needed.
  const rows = await execute<OrgUnitRow>(
    ctx.em,
    `select ${orgUnitColumns('u')} from org_unit u
      where (u.name_uk ilike ? or u.name_en ilike ? or u.code ilike ?) and ${scope.sql}
      order by u.depth, ${name}, u.id limit ${first}`,
    [like, like, like, ...scope.params],
  );
  return rows.map((row) => toOrgUnitRecord(row, ctx.locale));
}
