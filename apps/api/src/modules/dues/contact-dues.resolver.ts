import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { UnpaidPeriod } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import type { ContactRecord } from '../contacts/contact.record';
import { ContactType } from '../contacts/contact.types';
import { duesCovers } from './dues-access';
import { moneyPageKey } from './dues-page-args';
import type { ContactDuesRecord, ContributionRecord, DuesChargeRecord, DuesPaymentRecord, Page } from './dues.records';
import { ContactDuesType, ContributionConnection, DuesChargeConnection, DuesPaymentConnection, DuesUnpaidPeriodType } from './dues.types';

/** `Contact.dues` and `Contact.contributions`: null where the viewer's dues scope does not reach. */
@Resolver(() => ContactType)
export class ContactDuesResolver {
  @FieldResolver(() => ContactDuesType, { nullable: true, description: 'Dues balance, arrears and history; null outside your dues scope.' })
  async dues(@Root() contact: ContactRecord, @Ctx() ctx: GraphQLContext): Promise<ContactDuesRecord | null> {
    if (!duesCovers(ctx.viewer, 'read', contact)) return null;
    const summary = await ctx.loaders.dues.summary.load(contact.id);
    if (!summary) return null;
    return {
      contactId: contact.id,
      balanceKopiyky: summary.balanceKopiyky,
      arrearsKopiyky: Math.max(0, -summary.balanceKopiyky),
      lastPaymentOn: summary.lastPaymentOn,
      viewerCanWrite: duesCovers(ctx.viewer, 'write', contact),
    };
  }

  @FieldResolver(() => ContributionConnection, { nullable: true, description: 'Donations, newest first; null outside your dues scope.' })
  async contributions(
    @Root() contact: ContactRecord,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<ContributionRecord> | null> {
    if (!duesCovers(ctx.viewer, 'read', contact)) return null;
    return ctx.loaders.dues.contributions.load(moneyPageKey(contact.id, first, after, 'uuid'));
  }
}

@Resolver(() => ContactDuesType)
export class ContactDuesFieldsResolver {
  @FieldResolver(() => [DuesUnpaidPeriodType], { description: 'Unpaid periods, oldest first, payments allocated to the oldest charges first.' })
  periodsInArrears(@Root() dues: ContactDuesRecord, @Ctx() ctx: GraphQLContext): Promise<UnpaidPeriod[]> | UnpaidPeriod[] {
    return dues.arrearsKopiyky > 0 ? ctx.loaders.dues.unpaid.load(dues.contactId) : [];
  }

  @FieldResolver(() => DuesChargeConnection, { description: 'Charges, newest first.' })
  charges(
    @Root() dues: ContactDuesRecord,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 12 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<DuesChargeRecord>> {
    return ctx.loaders.dues.charges.load(moneyPageKey(dues.contactId, first, after, 'period'));
  }

  @FieldResolver(() => DuesPaymentConnection, { description: 'Payments, newest first.' })
  payments(
    @Root() dues: ContactDuesRecord,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<DuesPaymentRecord>> {
    return ctx.loaders.dues.payments.load(moneyPageKey(dues.contactId, first, after, 'uuid'));
  }
}
