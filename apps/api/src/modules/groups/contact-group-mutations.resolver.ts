import { Arg, Ctx, Directive, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import { BulkActionPayload } from './bulk-actions.types';
import { BulkActionsService, type BulkActionPayloadResult } from './bulk-actions.service';
import { ContactGroupCreateInput, ContactGroupUpdateInput } from './contact-group.inputs';
import type { ContactGroupRecord } from './contact-group.record';
import { ContactGroupType } from './contact-group.types';
import { ContactGroupWriteService } from './contact-group-write.service';
import { ContactSelectionInput } from './contact-selection.inputs';

@Resolver()
export class ContactGroupMutationsResolver {
  @Mutation(() => ContactGroupType, { description: 'A new smart or static group owned by a unit whose contacts you may edit.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  createContactGroup(@Arg('input', () => ContactGroupCreateInput) input: ContactGroupCreateInput, @Ctx() ctx: GraphQLContext): Promise<ContactGroupRecord> {
    return new ContactGroupWriteService(ctx).create(input);
  }

  @Mutation(() => ContactGroupType, { description: 'Saves over the version you read; refused if someone saved since.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  updateContactGroup(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ContactGroupUpdateInput) input: ContactGroupUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ContactGroupRecord> {
    return new ContactGroupWriteService(ctx).update(id, version, input);
  }

  @Mutation(() => ID, { description: 'Deletes a group (never its contacts); returns its id.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  deleteContactGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<string> {
    return new ContactGroupWriteService(ctx).delete(id);
  }

  @Mutation(() => BulkActionPayload, { description: 'Adds contacts you may edit to a static group.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  addContactsToGroup(
    @Arg('groupId', () => ID) groupId: string,
    @Arg('contactIds', () => [ID]) contactIds: string[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<BulkActionPayloadResult> {
    return new BulkActionsService(ctx).addContacts(groupId, contactIds);
  }

  @Mutation(() => BulkActionPayload, { description: 'Takes contacts you may edit out of a static group.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  removeContactsFromGroup(
    @Arg('groupId', () => ID) groupId: string,
    @Arg('contactIds', () => [ID]) contactIds: string[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<BulkActionPayloadResult> {
    return new BulkActionsService(ctx).removeContacts(groupId, contactIds);
  }

  @Mutation(() => BulkActionPayload, { description: 'Adds (or with remove, takes off) a tag on every selected contact you may edit.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  bulkTagContacts(
    @Arg('selection', () => ContactSelectionInput) selection: ContactSelectionInput,
    @Arg('tag', () => String) tag: string,
    @Arg('remove', () => Boolean, { defaultValue: false }) remove: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BulkActionPayloadResult> {
    return new BulkActionsService(ctx).tag(selection, tag, remove);
  }

  @Mutation(() => BulkActionPayload, { description: 'Adds every selected contact you may edit to a static group.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  bulkAddToGroup(
    @Arg('selection', () => ContactSelectionInput) selection: ContactSelectionInput,
    @Arg('groupId', () => ID) groupId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BulkActionPayloadResult> {
    return new BulkActionsService(ctx).addToGroup(selection, groupId);
  }
}
