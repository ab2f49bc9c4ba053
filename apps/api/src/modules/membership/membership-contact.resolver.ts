import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import { MeType } from '../auth/auth.types';
import type { ContactRecord } from '../contacts/contact.record';
import { ContactType } from '../contacts/contact.types';
import type { StatusChangeRecord, TransferRecord } from './membership.records';
import { MembershipStatusChangeType, MembershipTransferType } from './membership.types';

/** Membership on the contact record; batched per page of contacts. */
@Resolver(() => ContactType)
export class MembershipContactResolver {
  @FieldResolver(() => [MembershipStatusChangeType], { description: 'Every membership step, newest first.' })
  membershipHistory(@Root() contact: ContactRecord, @Ctx() ctx: GraphQLContext): Promise<StatusChangeRecord[]> {
    return ctx.loaders.membership.historyByContact.load(contact.id);
  }

  @FieldResolver(() => [MembershipTransferType], { description: 'Every transfer request for the contact, newest first.' })
  membershipTransfers(@Root() contact: ContactRecord, @Ctx() ctx: GraphQLContext): Promise<TransferRecord[]> {
    return ctx.loaders.membership.transfersByContact.load(contact.id);
  }

  @FieldResolver(() => MembershipTransferType, { nullable: true, description: 'The transfer request waiting for the receiving branch, if any.' })
  async pendingTransfer(@Root() contact: ContactRecord, @Ctx() ctx: GraphQLContext): Promise<TransferRecord | null> {
    return (await ctx.loaders.membership.transfersByContact.load(contact.id)).find((t) => t.status === 'pending') ?? null;
  }
}

@Resolver(() => MeType)
export class MembershipViewerResolver {
  @FieldResolver(() => Boolean, { description: 'Whether you write contacts somewhere: transfer requests to those units are yours to decide.' })
  canDecideMembershipTransfers(@Ctx() ctx: GraphQLContext): boolean {
    return ctx.viewer?.can('contacts', 'write') ?? false;
  }
}
