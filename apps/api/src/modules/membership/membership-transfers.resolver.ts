import { Arg, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import { covers } from '../../platform/auth/viewer';
import type { ContactRecord } from '../contacts/contact.record';
import { ContactType } from '../contacts/contact.types';
import type { TransferStatus } from './membership-transfer.entity';
import { MembershipTransferReader, type TransferPage } from './membership-transfer-reader';
import type { BranchRecord, TransferRecord } from './membership.records';
import { MembershipBranchType, MembershipTransferConnection, MembershipTransferType, TransferStatusEnum } from './membership.types';

@Resolver(() => MembershipTransferType)
export class MembershipTransfersResolver {
  @Query(() => MembershipTransferConnection, { description: 'Transfer requests to units in your scope, newest first; all statuses when status is null.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  incomingMembershipTransfers(
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => TransferStatusEnum, { nullable: true, defaultValue: 'pending' }) status: TransferStatus | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<TransferPage> {
    return new MembershipTransferReader(ctx).incoming(status, first, after);
  }

  /**
   * Open beyond the viewer's org scope on purpose: the branch a contact moves to is usually
   * outside the requester's units. It answers ids and names only (unit names are public),
   * to those who may request transfers at all (contacts write).
   */
  @Query(() => [MembershipBranchType], { description: 'Branches anywhere whose name or region matches, for picking a transfer target (ids and names only).' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  transferTargets(
    @Ctx() ctx: GraphQLContext,
    @Arg('search', () => String) search: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
  ): Promise<BranchRecord[]> {
    return new MembershipTransferReader(ctx).targets(search, first);
  }

  @FieldResolver(() => ContactType, { nullable: true, description: 'The contact, when you can see it (the receiving side only after accepting).' })
  contact(@Root() transfer: TransferRecord, @Ctx() ctx: GraphQLContext): Promise<ContactRecord | null> {
    return ctx.loaders.contacts.byId.load(transfer.contactId);
  }

  @FieldResolver(() => Boolean, { description: 'Pending, and you may write contacts at the receiving unit.' })
  viewerCanDecide(@Root() transfer: TransferRecord, @Ctx() ctx: GraphQLContext): boolean {
    const scope = ctx.viewer?.scope('contacts', 'write');
    return transfer.status === 'pending' && !!scope && covers(scope.grants, transfer.toPath);
  }

  @FieldResolver(() => Boolean, { description: 'Pending, and you may write the contact where it is kept now.' })
  viewerCanCancel(@Root() transfer: TransferRecord, @Ctx() ctx: GraphQLContext): boolean {
    const scope = ctx.viewer?.scope('contacts', 'write');
    return transfer.status === 'pending' && !!scope && covers(scope.grants, transfer.contactPath);
  }
}
