import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { isMonthPeriod } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { ValidationFailed } from '../../platform/graphql/errors';
import type { OrgUnitRecord } from '../org/org-unit.record';
import { OrgUnitType } from '../org/org-unit.types';
import type { OrgUnitDuesRecord } from './dues-rollup.loader';
import { OrgUnitDuesType } from './dues.types';

/** Longest range a roll-up takes: ten years of months. */
const MAX_MONTHS = 120;

@Resolver(() => OrgUnitType)
export class OrgUnitDuesResolver {
  @FieldResolver(() => OrgUnitDuesType, {
    nullable: true,
    description: "Dues totals of the unit's subtree over months `from`…`to` ('YYYY-MM', inclusive); null without dues scope.",
  })
  dues(
    @Root() unit: OrgUnitRecord,
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
  ): Promise<OrgUnitDuesRecord | null> {
    if (!isMonthPeriod(from)) throw new ValidationFailed([{ field: 'from', i18nKey: 'dues:error.monthInvalid' }]);
    if (!isMonthPeriod(to) || to < from || monthsBetween(from, to) > MAX_MONTHS) throw new ValidationFailed([{ field: 'to', i18nKey: 'dues:error.monthRangeInvalid' }]);
    return ctx.loaders.dues.rollup.load({ path: unit.path, from, to });
  }
}

function monthsBetween(from: string, to: string): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return index(to) - index(from) + 1;
}
