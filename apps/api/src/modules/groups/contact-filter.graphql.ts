import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  MEMBERSHIP_STATUS_FILTERS,
  type ContactFilter,
  type ContactKind,
  type Gender,
  type MembershipStatusFilter,
  type MembershipType,
} from '@hromada/shared';
import { ContactKindEnum, GenderEnum, MembershipTypeEnum } from '../contacts/contact.enums';

/** Membership statuses plus NONE ("no membership"), stored lower-case like the other enums. */
export const MembershipStatusFilterEnum = Object.fromEntries(MEMBERSHIP_STATUS_FILTERS.map((v) => [v.toUpperCase(), v])) as Record<
  Uppercase<MembershipStatusFilter>,
  MembershipStatusFilter
>;
registerEnumType(MembershipStatusFilterEnum, { name: 'MembershipStatusFilter', description: 'A membership status, or NONE for contacts without a membership.' });

const LIST_DOC = 'Any of these; empty or null means any.';

@InputType('ContactFilterInput', {
  description: 'Criteria for a smart group or a selection. Every criterion is optional; the API checks them all and reports each bad field.',
})
export class ContactFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Units, each with everything under it. Units outside your scope match nothing.' })
  unitIds?: string[] | null;

  @Field(() => [MembershipTypeEnum], { nullable: true, description: LIST_DOC })
  membershipTypes?: MembershipType[] | null;

  @Field(() => [MembershipStatusFilterEnum], { nullable: true, description: LIST_DOC })
  membershipStatuses?: MembershipStatusFilter[] | null;

  @Field(() => [ContactKindEnum], { nullable: true, description: LIST_DOC })
  contactTypes?: ContactKind[] | null;

  @Field(() => [String], { nullable: true, description: 'Has at least one of these tags.' })
  tagsAny?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Has every one of these tags.' })
  tagsAll?: string[] | null;

  @Field(() => [GenderEnum], { nullable: true, description: LIST_DOC })
  genders?: Gender[] | null;

  @Field(() => Int, { nullable: true, description: 'At least this many whole years old today (organization time zone).' })
  ageMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'At most this many whole years old today.' })
  ageMax?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: owes dues (balance below zero); false: does not.' })
  inArrears?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Owes at least this much, in kopiyky.' })
  arrearsAtLeastKopiyky?: number | null;

  @Field(() => String, { nullable: true, description: 'Added on or after this day (YYYY-MM-DD, organization time zone).' })
  createdFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Added on or before this day (YYYY-MM-DD).' })
  createdTo?: string | null;

  @Field(() => Boolean, { nullable: true })
  hasPhone?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  hasEmail?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Has given (and not withdrawn) consent to the processing of their data.' })
  hasConsent?: boolean | null;
}

@ObjectType('ContactFilter', { description: "A smart group's saved criteria, as they are checked." })
export class ContactFilterType implements Omit<ContactFilter, 'version'> {
  @Field(() => Int, { description: 'The filter format version it was saved in.' })
  version!: number;

  @Field(() => [ID])
  unitIds!: string[];

  @Field(() => [MembershipTypeEnum])
  membershipTypes!: MembershipType[];

  @Field(() => [MembershipStatusFilterEnum])
  membershipStatuses!: MembershipStatusFilter[];

  @Field(() => [ContactKindEnum])
  contactTypes!: ContactKind[];

  @Field(() => [String])
  tagsAny!: string[];

  @Field(() => [String])
  tagsAll!: string[];

  @Field(() => [GenderEnum])
  genders!: Gender[];

  @Field(() => Int, { nullable: true })
  ageMin!: number | null;

  @Field(() => Int, { nullable: true })
  ageMax!: number | null;

  @Field(() => Boolean, { nullable: true })
  inArrears!: boolean | null;

  @Field(() => Int, { nullable: true })
  arrearsAtLeastKopiyky!: number | null;

  @Field(() => String, { nullable: true })
  createdFrom!: string | null;

  @Field(() => String, { nullable: true })
  createdTo!: string | null;

  @Field(() => Boolean, { nullable: true })
  hasPhone!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  hasEmail!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  hasConsent!: boolean | null;
}
