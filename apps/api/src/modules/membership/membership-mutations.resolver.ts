import { Arg, Ctx, Directive, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { MembershipStatus, MembershipType } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { MembershipStatusEnum, MembershipTypeEnum } from '../contacts/contact.enums';
import type { ContactRecord } from '../contacts/contact.record';
import { ContactType } from '../contacts/contact.types';
import { MembershipStatusService } from './membership-status.service';
import { MembershipTransferService } from './membership-transfer.service';
import type { TransferRecord } from './membership.records';
import { MembershipTransferType } from './membership.types';

@Resolver()
export class MembershipMutationsResolver {
  @Mutation(() => ContactType, {
    description: "One step of the membership lifecycle over the contact's version; becoming a member without a card assigns one.",
  })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  changeMembershipStatus(
    @Ctx() ctx: GraphQLContext,
    @Arg('contactId', () => ID) contactId: string,
    @Arg('version', () => Int) version: number,
    @Arg('toStatus', () => MembershipStatusEnum) toStatus: MembershipStatus,
    @Arg('changedOn', () => String, { description: 'YYYY-MM-DD: not in the future, not before the last step.' }) changedOn: string,
    @Arg('membershipType', () => MembershipTypeEnum, { nullable: true, description: 'Null: the type that goes with the step.' }) membershipType?: MembershipType | null,
    @Arg('reason', () => String, { nullable: true, description: 'Required to suspend, end a membership or readmit after an expulsion.' }) reason?: string | null,
  ): Promise<ContactRecord> {
    return new MembershipStatusService(ctx).changeStatus(contactId, version, { toStatus, membershipType, changedOn, reason });
  }

  @Mutation(() => ContactType, { description: 'Gives the contact a membership card: the number typed, or the next generated one.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  assignMembershipCard(
    @Ctx() ctx: GraphQLContext,
    @Arg('contactId', () => ID) contactId: string,
    @Arg('version', () => Int) version: number,
    @Arg('cardNumber', () => String, { nullable: true }) cardNumber?: string | null,
  ): Promise<ContactRecord> {
    return new MembershipStatusService(ctx).assignCard(contactId, version, cardNumber);
  }

  @Mutation(() => MembershipTransferType, { description: 'Asks another branch to take the contact over; one pending request per contact.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  requestMembershipTransfer(
    @Ctx() ctx: GraphQLContext,
    @Arg('contactId', () => ID) contactId: string,
    @Arg('toUnitId', () => ID, { description: 'A branch (see transferTargets), not the current one.' }) toUnitId: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<TransferRecord> {
    return new MembershipTransferService(ctx).request(contactId, toUnitId, note);
  }

  @Mutation(() => MembershipTransferType, { description: 'The receiving side accepts (the contact moves) or declines a pending request.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  decideMembershipTransfer(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('accept', () => Boolean) accept: boolean,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<TransferRecord> {
    return new MembershipTransferService(ctx).decide(id, accept, note);
  }

  @Mutation(() => MembershipTransferType, { description: 'The sending side withdraws a pending request.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  cancelMembershipTransfer(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<TransferRecord> {
    return new MembershipTransferService(ctx).cancel(id);
  }
}
