import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { MembershipStatus, MembershipType } from '@hromada/shared';
import { Connection } from '../../platform/graphql/connection';
import { MembershipStatusEnum, MembershipTypeEnum } from '../contacts/contact.enums';
import { TRANSFER_STATUSES, type TransferStatus } from './membership-transfer.entity';

export const TransferStatusEnum = Object.fromEntries(TRANSFER_STATUSES.map((s) => [s.toUpperCase(), s])) as Record<Uppercase<TransferStatus>, TransferStatus>;
registerEnumType(TransferStatusEnum, { name: 'MembershipTransferStatus', description: 'pending → accepted | declined (by the receiving side) | cancelled (by the sending side).' });

@ObjectType('MembershipStatusChange', { description: "One step of a contact's membership history." })
export class MembershipStatusChangeType {
  @Field(() => ID)
  id!: string;

  @Field(() => MembershipStatusEnum, { nullable: true, description: 'Null for the first step.' })
  fromStatus!: MembershipStatus | null;

  @Field(() => MembershipStatusEnum)
  toStatus!: MembershipStatus;

  @Field(() => MembershipTypeEnum, { description: 'The membership type from this step on.' })
  membershipType!: MembershipType;

  @Field(() => String, { description: 'YYYY-MM-DD: the day the step took effect.' })
  changedOn!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'Who recorded the step; null for imported or seeded history.' })
  actorName!: string | null;

  @Field(() => Date, { description: 'When the step was recorded.' })
  createdAt!: Date;
}

@ObjectType('MembershipBranch', {
  description: 'A unit as transfers name it: id and names only. Unit names are not sensitive, so they are shown on both sides of a transfer.',
})
export class MembershipBranchType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  nameUk!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { nullable: true })
  regionNameUk!: string | null;

  @Field(() => String, { nullable: true })
  regionNameEn!: string | null;
}

@ObjectType('MembershipTransfer', { description: 'A request to move a contact to another branch, decided by the receiving branch.' })
export class MembershipTransferType {
  @Field(() => ID)
  id!: string;

  @Field(() => TransferStatusEnum)
  status!: TransferStatus;

  @Field(() => ID)
  contactId!: string;

  @Field(() => String, { description: 'Who is to be transferred: shown to the receiving side, which cannot see the contact yet.' })
  contactDisplayName!: string;

  @Field(() => MembershipStatusEnum, { nullable: true })
  contactMembershipStatus!: MembershipStatus | null;

  @Field(() => MembershipTypeEnum, { nullable: true })
  contactMembershipType!: MembershipType | null;

  @Field(() => MembershipBranchType)
  fromUnit!: MembershipBranchType;

  @Field(() => MembershipBranchType)
  toUnit!: MembershipBranchType;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date)
  requestedAt!: Date;

  @Field(() => String, { nullable: true })
  requestedByName!: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  decidedByName!: string | null;

  @Field(() => String, { nullable: true })
  decisionNote!: string | null;
}

@ObjectType('MembershipTransferConnection')
export class MembershipTransferConnection extends Connection(MembershipTransferType, 'MembershipTransfer') {}
