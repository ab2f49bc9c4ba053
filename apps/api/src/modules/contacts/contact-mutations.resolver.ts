import { Arg, Ctx, Directive, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import { ContactInput, ContactSavePayload } from './contact.inputs';
import { ContactWriteService, type ContactSaveResult } from './contact-write.service';

@Resolver()
export class ContactMutationsResolver {
  @Mutation(() => ContactSavePayload, { description: 'Adds a contact to a unit you may write to; stops at possible duplicates unless allowed.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  createContact(
    @Ctx() ctx: GraphQLContext,
    @Arg('orgUnitId', () => ID) orgUnitId: string,
    @Arg('input', () => ContactInput) input: ContactInput,
    @Arg('allowDuplicate', () => Boolean, { defaultValue: false }) allowDuplicate: boolean,
  ): Promise<ContactSaveResult> {
    return new ContactWriteService(ctx).create(orgUnitId, input, allowDuplicate);
  }

  @Mutation(() => ContactSavePayload, { description: "Saves a contact's fields over the version you read; refused if someone saved since." })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  updateContact(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ContactInput) input: ContactInput,
    @Arg('allowDuplicate', () => Boolean, { defaultValue: false }) allowDuplicate: boolean,
  ): Promise<ContactSaveResult> {
    return new ContactWriteService(ctx).update(id, version, input, allowDuplicate);
  }
}
