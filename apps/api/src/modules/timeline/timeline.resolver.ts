import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import type { ContactRecord } from '../contacts/contact.record';
import { ContactType } from '../contacts/contact.types';
import { TimelineService, type LoggedActivityInput } from './timeline.service';
import { ContactActivityConnection, ContactActivityType, LoggedActivityKindEnum, type ContactActivityPage, type ContactActivityRecord } from './timeline.types';

@Resolver(() => ContactType)
export class TimelineResolver {
  @FieldResolver(() => ContactActivityConnection, { description: 'Activities and system events, newest first.' })
  timeline(
    @Root() contact: ContactRecord,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ContactActivityPage> {
    return new TimelineService(ctx).page(contact.id, first, after);
  }

  @Mutation(() => ContactActivityType, { description: 'Logs a call, meeting, note or e-mail on a contact you may edit.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  logContactActivity(
    @Ctx() ctx: GraphQLContext,
    @Arg('contactId', () => ID) contactId: string,
    @Arg('kind', () => LoggedActivityKindEnum) kind: LoggedActivityInput['kind'],
    @Arg('subject', () => String, { nullable: true }) subject?: string | null,
    @Arg('body', () => String, { nullable: true }) body?: string | null,
    @Arg('occurredAt', () => Date, { nullable: true, description: 'When it happened; now when not given. At most a day ahead.' }) occurredAt?: Date | null,
  ): Promise<ContactActivityRecord> {
    return new TimelineService(ctx).log(contactId, { kind, subject, body, occurredAt });
  }
}
