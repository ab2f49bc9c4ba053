import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import { isUuid } from '../graphql/ids';
import { BackgroundTask } from './background-task.entity';
import { BackgroundTaskType } from './background-task.types';

@Resolver()
export class BackgroundTaskResolver {
  @Query(() => BackgroundTaskType, { nullable: true, description: 'A job you started; null for anyone else’s or an unknown id.' })
  @Directive('@orgScope(domain: "contacts", action: "read")')
  async backgroundTask(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<BackgroundTask | null> {
    if (!isUuid(id) || !ctx.viewer) return null;
    return ctx.em.findOne(BackgroundTask, { id, createdBy: ctx.viewer.userId });
  }
}
