import { registerEnumType } from 'type-graphql';
import { CONTACT_KINDS, GENDERS, MEMBERSHIP_STATUSES, MEMBERSHIP_TYPES } from '@hromada/shared';

/** A GraphQL enum over stored lower-case values: `FEMALE` in the schema is 'female' in code. */
export function storedEnum<T extends string>(values: readonly T[]): Record<Uppercase<T>, T> {
  return Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as Record<Uppercase<T>, T>;
}

export const GenderEnum = storedEnum(GENDERS);
export const ContactKindEnum = storedEnum(CONTACT_KINDS);
export const MembershipTypeEnum = storedEnum(MEMBERSHIP_TYPES);
export const MembershipStatusEnum = storedEnum(MEMBERSHIP_STATUSES);

registerEnumType(GenderEnum, { name: 'Gender' });
registerEnumType(ContactKindEnum, { name: 'ContactKind', description: 'What the contact is to the organization.' });
registerEnumType(MembershipTypeEnum, { name: 'MembershipType' });
registerEnumType(MembershipStatusEnum, { name: 'MembershipStatus', description: 'applicant → candidate → member → suspended → left / expelled.' });
