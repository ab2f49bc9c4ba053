import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { OrgUnitType } from '../org/org-unit.types';
import { ContactType } from '../contacts/contact.types';

export enum ReachGql {
  UNIT = 'UNIT',
  SUBTREE = 'SUBTREE',
}
registerEnumType(ReachGql, { name: 'Reach', description: 'UNIT: that unit only. SUBTREE: that unit and all under it.' });

@ObjectType('RoleAssignment')
export class RoleAssignmentType {
  @Field(() => String)
  role!: string;

  @Field(() => ReachGql)
  reach!: ReachGql;

  @Field(() => OrgUnitType)
  orgUnit!: OrgUnitType;
}

@ObjectType('Me', { description: 'The signed-in user.' })
export class MeType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  locale!: string;

  @Field(() => ContactType, { nullable: true, description: 'Your contact record as the contacts list shows it: null when it is outside your contacts scope.' })
  contact!: ContactType | null;

  @Field(() => ID, { nullable: true, description: 'Your own contact record, if your account has one: see myProfile.' })
  contactId!: string | null;

  @Field(() => [RoleAssignmentType])
  roles!: RoleAssignmentType[];
}

@ObjectType('LoginResult')
export class LoginResult {
  @Field(() => String, { description: 'Bearer token for scripts; browsers use the HttpOnly cookie set at the same time.' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => MeType)
  me!: MeType;
}
