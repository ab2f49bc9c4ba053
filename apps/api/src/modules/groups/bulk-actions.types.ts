import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('BulkActionOutcome', { description: 'What a bulk action did: only contacts you may edit are changed.' })
export class BulkActionOutcomeType {
  @Field(() => Int, { description: 'Selected contacts within your scope.' })
  matched!: number;

  @Field(() => Int)
  changed!: number;

  @Field(() => Int, { description: 'Left as they were: outside what you may edit, or already as asked.' })
  skipped!: number;

  @Field(() => Int, { description: 'Of the skipped, those you may see but not edit.' })
  notWritable!: number;
}

@ObjectType('BulkActionPayload', {
  description: 'Either the outcome (small selections, done in the request) or a background task to follow (large ones); its result has the same fields as the outcome.',
})
export class BulkActionPayload {
  @Field(() => BulkActionOutcomeType, { nullable: true })
  outcome!: BulkActionOutcomeType | null;

  @Field(() => ID, { nullable: true, description: 'Follow it with `backgroundTask(id)`.' })
  taskId!: string | null;
}
