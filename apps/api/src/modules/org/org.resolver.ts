import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import { OrgService } from './org.service';
import type { OrgUnitRecord } from './org-unit.record';
import { OrgUnitType } from './org-unit.types';

@Resolver(() => OrgUnitType)
export class OrgResolver {
  @Query(() => [OrgUnitType], { description: "The top units of the viewer's scope." })
  @Directive('@orgScope(domain: "org", action: "read")')
  rootOrgUnits(@Ctx() ctx: GraphQLContext): Promise<OrgUnitRecord[]> {
    return new OrgService(ctx).rootUnits();
  }

  @Query(() => OrgUnitType, { nullable: true, description: 'A unit by id; null when unknown or out of scope.' })
  @Directive('@orgScope(domain: "org", action: "read")')
  orgUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<OrgUnitRecord | null> {
    return new OrgService(ctx).byId(id);
  }

  @FieldResolver(() => OrgUnitType, { nullable: true })
  parent(@Root() unit: OrgUnitRecord, @Ctx() ctx: GraphQLContext): Promise<OrgUnitRecord | null> | null {
    return unit.parentId ? ctx.loaders.org.byId.load(unit.parentId) : null;
  }

  @FieldResolver(() => [OrgUnitType], { description: 'Visible ancestors, root first.' })
  async ancestors(@Root() unit: OrgUnitRecord, @Ctx() ctx: GraphQLContext): Promise<OrgUnitRecord[]> {
    return (await ctx.loaders.org.onPath.load(unit.path)).filter((u) => u.path !== unit.path);
  }

  @FieldResolver(() => [OrgUnitType], { description: 'Visible children, by name.' })
  children(@Root() unit: OrgUnitRecord, @Ctx() ctx: GraphQLContext): Promise<OrgUnitRecord[]> {
    return ctx.loaders.org.children.load(unit.id);
  }

  @FieldResolver(() => Int, { description: 'Number of visible children.' })
  childCount(@Root() unit: OrgUnitRecord, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.orgCounts.childCount.load(unit.id);
  }

  @FieldResolver(() => Int, { description: "Contacts in the unit's whole subtree that the viewer may see." })
  contactCount(@Root() unit: OrgUnitRecord, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.orgCounts.contactCount.load(unit.path);
  }
}
