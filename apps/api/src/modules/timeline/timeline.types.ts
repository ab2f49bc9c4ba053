import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ACTIVITY_KINDS, LOGGED_ACTIVITY_KINDS, type ActivityKind } from '@hromada/shared';
import { Connection } from '../../platform/graphql/connection';
import { PageInfo } from '../../platform/graphql/pagination';
import { storedEnum } from '../contacts/contact.enums';

export const ActivityKindEnum = storedEnum(ACTIVITY_KINDS);
registerEnumType(ActivityKindEnum, { name: 'ActivityKind', description: 'Logged by people: CALL, MEETING, NOTE, EMAIL; the rest are recorded by the system.' });

export const LoggedActivityKindEnum = storedEnum(LOGGED_ACTIVITY_KINDS);
registerEnumType(LoggedActivityKindEnum, { name: 'LoggedActivityKind', description: 'What a person can log on a contact’s timeline.' });

/** A timeline entry as the API reads it. */
export interface ContactActivityRecord {
  id: string;
  contactId: string;
  kind: ActivityKind;
  subject: string | null;
  body: string | null;
  occurredAt: Date;
  payload: Record<string, unknown> | null;
  actorName: string | null;
  createdAt: Date;
  /** Exact microseconds since the epoch, for the keyset cursor (a Date keeps only milliseconds). */
  occurredAtMicros: string;
}

@ObjectType('ContactActivity', { description: 'One entry on a contact’s timeline: something logged, or a system event.' })
export class ContactActivityType {
  @Field(() => ID)
  id!: string;

  @Field(() => ActivityKindEnum)
  kind!: ActivityKind;

  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field(() => String, { nullable: true })
  body!: string | null;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Details of a system event: STATUS_CHANGED {from, to, reason}, PAID {amountKopiyky, method}, MERGED {mergedName}, IMPORTED {fileName}, TRANSFERRED {fromUnitName, toUnitName}.',
  })
  payload!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Who logged it or made the change; null for the system or a removed user.' })
  actorName!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('ContactActivityConnection', { description: 'A contact’s timeline, newest first.' })
export class ContactActivityConnection extends Connection(ContactActivityType, 'ContactActivity') {}

export interface ContactActivityPage {
  edges: { cursor: string; node: ContactActivityRecord }[];
  pageInfo: PageInfo;
  totalCount: number;
}
