import { Arg, Ctx, Directive, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import type { OrgUnitRecord } from './org-unit.record';
import { OrgUnitType } from './org-unit.types';
import { searchOrgUnits } from './org-unit-search';

@Resolver()
export class OrgUnitSearchResolver {
  @Query(() => [OrgUnitType], { description: 'Visible units whose name (either language) or code contains the text; higher units first, then by name.' })
  @Directive('@orgScope(domain: "org", action: "read")')
  orgUnitSearch(
    @Arg('text', () => String) text: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number,
  ): Promise<OrgUnitRecord[]> {
    return searchOrgUnits(ctx, text, first);
  }
}
