import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { TaskStatus } from './background-task.entity';

@ObjectType('BackgroundTask', { description: 'A long job (import, duplicate scan …) and how far it has got. Only its starter sees it.' })
export class BackgroundTaskType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  kind!: string;

  @Field(() => String, { description: 'queued, running, succeeded or failed.' })
  status!: TaskStatus;

  @Field(() => Int)
  done!: number;

  @Field(() => Int, { nullable: true, description: 'Null until the job knows how much there is to do.' })
  total!: number | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What the job produced; its shape depends on the kind.' })
  result!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Namespace-prefixed i18n key of the failure.' })
  errorKey!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}
