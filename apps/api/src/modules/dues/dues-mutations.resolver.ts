import { Arg, Ctx, Directive, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import type { ContactRecord } from '../contacts/contact.record';
import { ContactType } from '../contacts/contact.types';
import { ContributionService } from './contribution.service';
import { DuesPaymentService } from './dues-payment.service';
import { ContributionInput, ContributionPayload, DuesPaymentInput, DuesPaymentPayload } from './dues.inputs';
import type { ContributionRecord, DuesPaymentRecord } from './dues.records';

@Resolver()
export class DuesMutationsResolver {
  @Mutation(() => DuesPaymentPayload, { description: "Records a dues payment; the contact's balance moves with it." })
  @Directive('@orgScope(domain: "dues", action: "write")')
  async recordDuesPayment(@Ctx() ctx: GraphQLContext, @Arg('input', () => DuesPaymentInput) input: DuesPaymentInput): Promise<{ payment: DuesPaymentRecord; contact: ContactRecord }> {
    const service = new DuesPaymentService(ctx);
    const payment = await service.record(input);
    return { payment, contact: await service.writableContact(input.contactId) };
  }

  @Mutation(() => ContactType, { description: 'Removes a payment recorded by mistake, with the reason; the audit log keeps it.' })
  @Directive('@orgScope(domain: "dues", action: "write")')
  deleteDuesPayment(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<ContactRecord> {
    return new DuesPaymentService(ctx).remove(id, reason);
  }

  @Mutation(() => ContributionPayload, { description: 'Records a donation with its receipt number.' })
  @Directive('@orgScope(domain: "dues", action: "write")')
  async recordContribution(@Ctx() ctx: GraphQLContext, @Arg('input', () => ContributionInput) input: ContributionInput): Promise<{ contribution: ContributionRecord; contact: ContactRecord }> {
    const contribution = await new ContributionService(ctx).record(input);
    return { contribution, contact: await new DuesPaymentService(ctx).writableContact(input.contactId) };
  }
}
