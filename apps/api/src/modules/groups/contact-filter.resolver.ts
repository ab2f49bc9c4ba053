import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ContactFilter } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import type { OrgUnitRecord } from '../org/org-unit.record';
import { OrgUnitType } from '../org/org-unit.types';
import { ContactFilterType } from './contact-filter.graphql';

@Resolver(() => ContactFilterType)
export class ContactFilterResolver {
  @FieldResolver(() => [OrgUnitType], { description: 'The units of `unitIds` you can see, to show their names; others still count as chosen.' })
  async units(@Root() filter: ContactFilter, @Ctx() ctx: GraphQLContext): Promise<OrgUnitRecord[]> {
    const units = await ctx.loaders.org.byId.loadMany(filter.unitIds);
    return units.filter((u): u is OrgUnitRecord => u !== null && !(u instanceof Error));
  }
}
