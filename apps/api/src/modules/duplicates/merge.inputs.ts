import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { MERGE_SIDE_FIELDS, type MergeChoices, type MergeNotesChoice, type MergeSide } from '@hromada/shared';

export const MergeSideEnum = { SURVIVOR: 'survivor', MERGED: 'merged' } as const satisfies Record<string, MergeSide>;
export const MergeNotesEnum = { SURVIVOR: 'survivor', MERGED: 'merged', BOTH: 'both' } as const satisfies Record<string, MergeNotesChoice>;

registerEnumType(MergeSideEnum, { name: 'MergeSide', description: 'Which record a merged field comes from.' });
registerEnumType(MergeNotesEnum, { name: 'MergeNotes', description: 'Which notes to keep; BOTH keeps the survivor’s, then the other’s.' });

@InputType('MergeFieldChoices', {
  description:
    'What the kept contact ends up with. A field left out takes the survivor’s value, or the merged record’s where the survivor has none; lists left out keep every item of both.',
})
export class MergeFieldChoicesInput {
  @Field(() => MergeSideEnum, { nullable: true })
  lastName?: MergeSide | null;

  @Field(() => MergeSideEnum, { nullable: true })
  firstName?: MergeSide | null;

  @Field(() => MergeSideEnum, { nullable: true })
  patronymic?: MergeSide | null;

  @Field(() => MergeSideEnum, { nullable: true })
  gender?: MergeSide | null;

  @Field(() => MergeSideEnum, { nullable: true })
  birthDate?: MergeSide | null;

  @Field(() => MergeSideEnum, { nullable: true, description: 'Region, settlement and street together.' })
  address?: MergeSide | null;

  @Field(() => MergeSideEnum, { nullable: true })
  contactType?: MergeSide | null;

  @Field(() => MergeSideEnum, { nullable: true })
  source?: MergeSide | null;

  @Field(() => MergeSideEnum, { nullable: true, description: 'Consent time and text version together.' })
  consent?: MergeSide | null;

  @Field(() => MergeSideEnum, { nullable: true, description: 'Membership type, status, since and card number together.' })
  membership?: MergeSide | null;

  @Field(() => MergeNotesEnum, { nullable: true })
  notes?: MergeNotesChoice | null;

  @Field(() => [String], { nullable: true, description: 'Phones to keep, main first; each must be one of either record’s.' })
  phones?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'E-mails to keep, main first; each must be one of either record’s.' })
  emails?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Tags to keep; each must be one of either record’s.' })
  tags?: string[] | null;
}

@InputType('MergeVersions', { description: 'The versions of the two contacts you compared; the merge is refused if either has changed.' })
export class MergeVersionsInput {
  @Field(() => Int)
  survivor!: number;

  @Field(() => Int)
  merged!: number;
}

/** The input as the shared merge rules take it: only what was chosen. */
export function toMergeChoices(input: MergeFieldChoicesInput): Partial<MergeChoices> {
  const sides: MergeChoices['sides'] = {};
  for (const field of MERGE_SIDE_FIELDS) {
    const side = input[field];
    if (side) sides[field] = side;
  }
  const lists: MergeChoices['lists'] = {};
  if (input.phones) lists.phones = input.phones;
  if (input.emails) lists.emails = input.emails;
  if (input.tags) lists.tags = input.tags;
  return { sides, lists, ...(input.notes ? { notes: input.notes } : {}) };
}
