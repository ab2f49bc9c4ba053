import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DUPLICATE_PAIR_STATUSES, DUPLICATE_RULES, type DuplicatePairStatus, type DuplicateRule } from '@hromada/shared';
import { Connection, UncountedConnection } from '../../platform/graphql/connection';
import { ContactType } from '../contacts/contact.types';

const stored = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as Record<Uppercase<T>, T>;

export const DuplicateRuleEnum = stored(DUPLICATE_RULES);
export const DuplicatePairStatusEnum = stored(DUPLICATE_PAIR_STATUSES);
const MERGE_UNDO_BLOCKS = ['undone', 'survivor_gone', 'survivor_changed', 'not_allowed'] as const;
export type MergeUndoBlock = (typeof MERGE_UNDO_BLOCKS)[number];
export const MergeUndoBlockEnum = stored(MERGE_UNDO_BLOCKS);

registerEnumType(DuplicateRuleEnum, { name: 'DuplicateRule', description: 'Why two contacts look like one person: a shared e-mail, a shared phone, or a close name with the same birth date.' });
registerEnumType(DuplicatePairStatusEnum, { name: 'DuplicatePairStatus' });
registerEnumType(MergeUndoBlockEnum, { name: 'MergeUndoBlock', description: 'Why a merge cannot be undone now.' });

@ObjectType('DuplicatePair', { description: 'Two contacts a scan found to be possibly one person; visible when you can see both.' })
export class DuplicatePairType {
  @Field(() => ID)
  id!: string;

  @Field(() => ContactType)
  contactA!: ContactType;

  @Field(() => ContactType)
  contactB!: ContactType;

  @Field(() => [DuplicateRuleEnum])
  rules!: DuplicateRule[];

  @Field(() => Int, { description: 'How likely the two are one person, 0–100.' })
  score!: number;

  @Field(() => DuplicatePairStatusEnum)
  status!: DuplicatePairStatus;

  @Field(() => Date)
  foundAt!: Date;

  @Field(() => Boolean, { description: 'Whether you may merge or dismiss the pair: you can edit both contacts.' })
  viewerCanMerge!: boolean;
}

@ObjectType('DuplicatePairConnection')
export class DuplicatePairConnection extends Connection(DuplicatePairType, 'DuplicatePair') {}

@ObjectType('ContactMerge', { description: 'One merge of two contacts: what it kept, and whether it can still be undone.' })
export class ContactMergeType {
  @Field(() => ID)
  id!: string;

  @Field(() => ContactType, { nullable: true, description: 'The contact that was kept; null once it is gone (deleted, or merged in turn).' })
  survivor!: ContactType | null;

  @Field(() => ID, { description: 'The id the merged contact had, and has again after an undo.' })
  mergedContactId!: string;

  @Field(() => String)
  mergedName!: string;

  @Field(() => Int, { description: 'Rows that pointed at the merged contact and now point at the survivor.' })
  movedCount!: number;

  @Field(() => String, { nullable: true, description: 'Who merged.' })
  actorName!: string | null;

  @Field(() => Date)
  mergedAt!: Date;

  @Field(() => Date, { nullable: true })
  undoneAt!: Date | null;

  @Field(() => MergeUndoBlockEnum, { nullable: true, description: 'Null when you can undo the merge now.' })
  undoBlockedBy!: MergeUndoBlock | null;
}

@ObjectType('ContactMergeConnection')
export class ContactMergeConnection extends UncountedConnection(ContactMergeType, 'ContactMerge') {}
