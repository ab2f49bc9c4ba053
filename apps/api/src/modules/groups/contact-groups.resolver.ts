import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import { covers } from '../../platform/auth/viewer';
import { ContactConnection } from '../contacts/contact.types';
import type { ContactPage } from '../contacts/contacts.service';
import type { OrgUnitRecord } from '../org/org-unit.record';
import { OrgUnitType } from '../org/org-unit.types';
import { ContactFilterInput } from './contact-filter.graphql';
import type { ContactGroupRecord } from './contact-group.record';
import { ContactFilterPreview, ContactGroupConnection, ContactGroupType } from './contact-group.types';
import { ContactGroupsService, type ContactFilterPreviewResult, type ContactGroupPage } from './contact-groups.service';

@Resolver(() => ContactGroupType)
export class ContactGroupsResolver {
  @Query(() => ContactGroupConnection, { description: 'Groups you can see (your units’ and those shared down to you), by name.' })
  @Directive('@orgScope(domain: "contacts", action: "read")')
  contactGroups(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name.' }) search?: string | null,
  ): Promise<ContactGroupPage> {
    return new ContactGroupsService(ctx).list({ first, after, search });
  }

  @Query(() => ContactGroupType, { nullable: true, description: 'A group by id; null when unknown or out of scope.' })
  @Directive('@orgScope(domain: "contacts", action: "read")')
  contactGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ContactGroupRecord | null> {
    return new ContactGroupsService(ctx).byId(id);
  }

  @Query(() => ContactFilterPreview, { description: "What a filter matches in your scope now: the group builder's live count." })
  @Directive('@orgScope(domain: "contacts", action: "read")')
  previewContactFilter(@Arg('filter', () => ContactFilterInput) filter: ContactFilterInput, @Ctx() ctx: GraphQLContext): Promise<ContactFilterPreviewResult> {
    return new ContactGroupsService(ctx).preview(filter);
  }

  @FieldResolver(() => Int, { description: 'Exact number of its contacts within your scope.' })
  count(@Root() group: ContactGroupRecord, @Ctx() ctx: GraphQLContext): Promise<number> {
    return new ContactGroupsService(ctx).count(group);
  }

  @FieldResolver(() => ContactConnection, { description: 'Its contacts within your scope, by name.' })
  contacts(
    @Root() group: ContactGroupRecord,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ContactPage> {
    return new ContactGroupsService(ctx).contacts(group, first, after);
  }

  @FieldResolver(() => OrgUnitType, { description: 'The unit that owns the group; it is shared with everyone under it.' })
  async orgUnit(@Root() group: ContactGroupRecord, @Ctx() ctx: GraphQLContext): Promise<OrgUnitRecord> {
    // The owner is at or above a unit of the viewer's, so it is always on a visible path.
    const unit = (await ctx.loaders.org.onPath.load(group.orgPath)).find((u) => u.id === group.orgUnitId);
    if (!unit) throw new Error(`Owner unit ${group.orgUnitId} of a visible group is not visible`);
    return unit;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may rename, change or delete it, and add or remove its contacts.' })
  viewerCanWrite(@Root() group: ContactGroupRecord, @Ctx() ctx: GraphQLContext): boolean {
    const scope = ctx.viewer?.scope('contacts', 'write');
    return scope ? covers(scope.grants, group.orgPath) : false;
  }
}
