import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import { covers } from '../../platform/auth/viewer';
import { OrgUnitType } from '../org/org-unit.types';
import type { OrgUnitRecord } from '../org/org-unit.record';
import type { ContactRecord } from './contact.record';
import { ContactConnection, ContactType } from './contact.types';
import { ContactsService, type ContactPage } from './contacts.service';
import { contactWritableUnits, MAX_WRITABLE_UNITS } from './contact-units';

@Resolver(() => ContactType)
export class ContactsResolver {
  @Query(() => ContactConnection, { description: 'Contacts in scope, by name; search matches name, phone or e-mail.' })
  @Directive('@orgScope(domain: "contacts", action: "read")')
  contacts(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string | null,
  ): Promise<ContactPage> {
    return new ContactsService(ctx).list({ first, after, search, orgUnitId });
  }

  @Query(() => ContactType, { nullable: true, description: 'A contact by id; null when unknown or out of scope.' })
  @Directive('@orgScope(domain: "contacts", action: "read")')
  contact(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ContactRecord | null> {
    return new ContactsService(ctx).byId(id);
  }

  @Query(() => [OrgUnitType], { description: 'Units you may add contacts to, matching the name or code; top of the tree first.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  contactWritableUnits(
    @Ctx() ctx: GraphQLContext,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: `At most ${MAX_WRITABLE_UNITS}.` }) first?: number,
  ): Promise<OrgUnitRecord[]> {
    return contactWritableUnits(ctx, search, first ?? 20);
  }

  @FieldResolver(() => OrgUnitType, { description: 'The unit that keeps this contact.' })
  async orgUnit(@Root() contact: ContactRecord, @Ctx() ctx: GraphQLContext): Promise<OrgUnitRecord> {
    // Same loader and key as `region`, so a page of contacts costs one statement for both.
    const unit = (await ctx.loaders.org.onPath.load(contact.orgPath)).find((u) => u.id === contact.orgUnitId);
    if (!unit) throw new Error(`Unit ${contact.orgUnitId} of a visible contact is not visible`);
    return unit;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may edit this contact (and act on it: membership, dues, merges).' })
  viewerCanWrite(@Root() contact: ContactRecord, @Ctx() ctx: GraphQLContext): boolean {
    const scope = ctx.viewer?.scope('contacts', 'write');
    if (!scope) return false;
    return covers(scope.grants, contact.orgPath) || scope.selfContactId === contact.id;
  }

  @FieldResolver(() => OrgUnitType, { nullable: true, description: 'The region the contact belongs to.' })
  async region(@Root() contact: ContactRecord, @Ctx() ctx: GraphQLContext): Promise<OrgUnitRecord | null> {
    return (await ctx.loaders.org.onPath.load(contact.orgPath)).find((u) => u.kind === 'region') ?? null;
  }
}
