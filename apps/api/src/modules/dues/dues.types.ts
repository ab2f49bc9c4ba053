import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { DuesPeriodKind, MembershipType, PaymentMethod } from '@hromada/shared';
import { Connection } from '../../platform/graphql/connection';
import { MembershipTypeEnum } from '../contacts/contact.enums';
import { DuesPeriodEnum, PaymentMethodEnum } from './dues.enums';

@ObjectType('DuesSchedule', { description: 'What a membership type owes per month or per year, over a span of days.' })
export class DuesScheduleType {
  @Field(() => ID)
  id!: string;

  @Field(() => MembershipTypeEnum)
  membershipType!: MembershipType;

  @Field(() => DuesPeriodEnum)
  period!: DuesPeriodKind;

  @Field(() => GraphQLSafeInt, { description: 'Kopiyky per period.' })
  amountKopiyky!: number;

  @Field(() => String)
  currency!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, inclusive.' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; null while open-ended.' })
  validTo!: string | null;
}

@ObjectType('DuesCharge', { description: 'What a contact owes for one period.' })
export class DuesChargeType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "'YYYY-MM' for monthly dues, 'YYYY' for yearly." })
  period!: string;

  @Field(() => GraphQLSafeInt)
  amountKopiyky!: number;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  dueOn!: string;
}

@ObjectType('DuesPayment', { description: 'Dues a contact paid.' })
export class DuesPaymentType {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLSafeInt)
  amountKopiyky!: number;

  @Field(() => PaymentMethodEnum)
  method!: PaymentMethod;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  paidOn!: string;

  @Field(() => String, { nullable: true })
  reference!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Boolean, { description: 'Recorded from a bank statement import.' })
  fromBankImport!: boolean;

  @Field(() => String, { nullable: true, description: 'Who recorded it.' })
  recordedBy!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('Contribution', { description: 'A donation beyond dues.' })
export class ContributionType {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLSafeInt)
  amountKopiyky!: number;

  @Field(() => String, { nullable: true, description: 'Null: the general fund.' })
  campaign!: string | null;

  @Field(() => PaymentMethodEnum)
  method!: PaymentMethod;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  receivedOn!: string;

  @Field(() => String)
  receiptNumber!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'Who recorded it.' })
  recordedBy!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('DuesUnpaidPeriod', { description: 'A charged period not (fully) covered once payments are allocated oldest charge first.' })
export class DuesUnpaidPeriodType {
  @Field(() => String)
  period!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  dueOn!: string;

  @Field(() => GraphQLSafeInt, { description: 'The charge.' })
  amountKopiyky!: number;

  @Field(() => GraphQLSafeInt, { description: 'What is still owed of it.' })
  outstandingKopiyky!: number;
}

@ObjectType('ContactDues', { description: "A contact's dues: balance, arrears and history." })
export class ContactDuesType {
  @Field(() => GraphQLSafeInt, { description: 'Payments minus charges; negative in arrears.' })
  balanceKopiyky!: number;

  @Field(() => GraphQLSafeInt, { description: 'What is owed: minus the balance when negative, else 0.' })
  arrearsKopiyky!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD of the latest payment.' })
  lastPaymentOn!: string | null;

  @Field(() => Boolean, { description: 'Whether you may record payments and contributions for this contact.' })
  viewerCanWrite!: boolean;
}

@ObjectType('DuesChargeConnection')
export class DuesChargeConnection extends Connection(DuesChargeType, 'DuesCharge') {}

@ObjectType('DuesPaymentConnection')
export class DuesPaymentConnection extends Connection(DuesPaymentType, 'DuesPayment') {}

@ObjectType('ContributionConnection')
export class ContributionConnection extends Connection(ContributionType, 'Contribution') {}

@ObjectType('OrgUnitDues', { description: "Money in a unit's subtree over whole months, as far as your dues scope reaches." })
export class OrgUnitDuesType {
  @Field(() => GraphQLSafeInt, { description: 'Dues charged for periods due in the months.' })
  chargedKopiyky!: number;

  @Field(() => GraphQLSafeInt, { description: 'Dues paid in the months.' })
  paidKopiyky!: number;

  @Field(() => GraphQLSafeInt, { description: 'Contributions received in the months.' })
  contributionsKopiyky!: number;

  @Field(() => GraphQLSafeInt, { description: 'Owed now: the sum of negative balances (not limited to the months).' })
  arrearsKopiyky!: number;

  @Field(() => Int, { description: 'Contacts owing now.' })
  membersInArrears!: number;
}

@ObjectType('DuesAccess', { description: 'What you may do with dues, for the screens to offer only that.' })
export class DuesAccessType {
  @Field(() => Boolean, { description: 'Record payments and contributions, import statements, start charge runs (in your scope).' })
  canRecord!: boolean;

  @Field(() => Boolean, { description: 'Change the dues schedules (needs dues write over the whole organization).' })
  canManageSchedules!: boolean;
}
