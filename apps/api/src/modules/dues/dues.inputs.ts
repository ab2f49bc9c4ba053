import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { DuesPeriodKind, MembershipType, PaymentMethod } from '@hromada/shared';
import { MembershipTypeEnum } from '../contacts/contact.enums';
import { ContactType } from '../contacts/contact.types';
import { DuesPeriodEnum, PaymentMethodEnum } from './dues.enums';
import { ContributionType, DuesPaymentType } from './dues.types';

@InputType('DuesPaymentInput', { description: 'A dues payment. Checked by the API; every bad field is reported.' })
export class DuesPaymentInput {
  @Field(() => ID)
  contactId!: string;

  @Field(() => GraphQLSafeInt, { description: 'Kopiyky, more than 0 and at most 100,000,000 (1,000,000 UAH).' })
  amountKopiyky!: number;

  @Field(() => PaymentMethodEnum)
  method!: PaymentMethod;

  @Field(() => String, { description: "YYYY-MM-DD, not after today in the organization's zone." })
  paidOn!: string;

  @Field(() => String, { nullable: true, description: 'Receipt or transfer reference, up to 140 characters.' })
  reference?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('ContributionInput', { description: 'A donation. Checked by the API; every bad field is reported.' })
export class ContributionInput {
  @Field(() => ID)
  contactId!: string;

  @Field(() => GraphQLSafeInt, { description: 'Kopiyky, more than 0 and at most 100,000,000 (1,000,000 UAH).' })
  amountKopiyky!: number;

  @Field(() => String, { nullable: true, description: 'The campaign; empty for the general fund.' })
  campaign?: string | null;

  @Field(() => PaymentMethodEnum)
  method!: PaymentMethod;

  @Field(() => String, { description: "YYYY-MM-DD, not after today in the organization's zone." })
  receivedOn!: string;

  @Field(() => String, { description: 'Unique across the organization (case does not matter).' })
  receiptNumber!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('DuesScheduleInput')
export class DuesScheduleInput {
  @Field(() => MembershipTypeEnum)
  membershipType!: MembershipType;

  @Field(() => DuesPeriodEnum)
  period!: DuesPeriodKind;

  @Field(() => GraphQLSafeInt, { description: 'Kopiyky per period.' })
  amountKopiyky!: number;

  @Field(() => String, { description: 'YYYY-MM-DD, the first day it applies.' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the last day it applies; empty while open-ended.' })
  validTo?: string | null;
}

@ObjectType('DuesPaymentPayload')
export class DuesPaymentPayload {
  @Field(() => DuesPaymentType)
  payment!: DuesPaymentType;

  @Field(() => ContactType, { description: 'The contact, with its new balance under `dues`.' })
  contact!: ContactType;
}

@ObjectType('ContributionPayload')
export class ContributionPayload {
  @Field(() => ContributionType)
  contribution!: ContributionType;

  @Field(() => ContactType)
  contact!: ContactType;
}
