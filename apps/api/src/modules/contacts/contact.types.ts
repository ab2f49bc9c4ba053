import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ContactKind, Gender, MembershipStatus, MembershipType } from '@hromada/shared';
import { Connection } from '../../platform/graphql/connection';
import { ContactKindEnum, GenderEnum, MembershipStatusEnum, MembershipTypeEnum } from './contact.enums';

@ObjectType('Contact', { description: 'A person or organization the organization keeps in touch with.' })
export class ContactType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, { description: 'Last name, first name and patronymic.' })
  displayName!: string;

  @Field(() => String, { nullable: true })
  patronymic!: string | null;

  @Field(() => [String], { description: 'E.164; the first is the main number.' })
  phones!: string[];

  @Field(() => [String], { description: 'The first is the main address.' })
  emails!: string[];

  @Field(() => String, { nullable: true, description: 'The main phone: the first of `phones`.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'The main e-mail: the first of `emails`.' })
  email!: string | null;

  @Field(() => GenderEnum, { nullable: true })
  gender!: Gender | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  birthDate!: string | null;

  @Field(() => String, { nullable: true })
  addressRegion!: string | null;

  @Field(() => String, { nullable: true })
  addressSettlement!: string | null;

  @Field(() => String, { nullable: true })
  addressStreet!: string | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the contact came from: a campaign, an event, an import.' })
  source!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the person consented to the processing of their personal data.' })
  consentAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The version of the consent text they agreed to.' })
  consentVersion!: string | null;

  @Field(() => ContactKindEnum)
  contactType!: ContactKind;

  @Field(() => MembershipTypeEnum, { nullable: true })
  membershipType!: MembershipType | null;

  @Field(() => MembershipStatusEnum, { nullable: true })
  membershipStatus!: MembershipStatus | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the day the current membership status began.' })
  membershipSince!: string | null;

  @Field(() => String, { nullable: true })
  cardNumber!: string | null;

  @Field(() => Int, { description: 'Send it back with an update: a save over a newer version is refused.' })
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('ContactConnection')
export class ContactConnection extends Connection(ContactType, 'Contact', {
  totalCountDescription: 'Matching contacts; when totalCountCapped, the cap (10,000) and there are more.',
}) {
  @Field(() => Boolean, { description: 'True when a search matched more than the count cap: show "10,000+".' })
  totalCountCapped!: boolean;
}
