import { Arg, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { DuplicatePairStatus } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import type { BackgroundTask } from '../../platform/jobs/background-task.entity';
import { BackgroundTaskType } from '../../platform/jobs/background-task.types';
import { DuplicatePairsService, type DuplicatePairPage, type DuplicatePairRecord } from './duplicate-pairs.service';
import { DuplicateScanService } from './duplicate-scan.service';
import { DuplicatePairConnection, DuplicatePairStatusEnum, DuplicatePairType } from './duplicates.types';

@Resolver(() => DuplicatePairType)
export class DuplicatesResolver {
  @Query(() => DuplicatePairConnection, { description: 'Pairs whose both contacts are in the unit’s subtree and visible to you, likeliest first.' })
  @Directive('@orgScope(domain: "contacts", action: "read")')
  duplicatePairs(
    @Ctx() ctx: GraphQLContext,
    @Arg('orgUnitId', () => ID) orgUnitId: string,
    @Arg('status', () => DuplicatePairStatusEnum, { defaultValue: 'open', description: 'OPEN or DISMISSED; a merged pair lacks its merged contact.' }) status: DuplicatePairStatus,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<DuplicatePairPage> {
    return new DuplicatePairsService(ctx).list({ orgUnitId, status, first, after });
  }

  @Query(() => DuplicatePairType, { nullable: true, description: 'A pair by id; null when unknown or when you cannot see both contacts.' })
  @Directive('@orgScope(domain: "contacts", action: "read")')
  duplicatePair(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<DuplicatePairRecord | null> {
    return new DuplicatePairsService(ctx).byId(id);
  }

  @Query(() => BackgroundTaskType, { nullable: true, description: 'Your latest duplicate scan of the unit, running or finished.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  duplicateScan(@Arg('orgUnitId', () => ID) orgUnitId: string, @Ctx() ctx: GraphQLContext): Promise<BackgroundTask | null> {
    return new DuplicateScanService(ctx).latest(orgUnitId);
  }

  @Mutation(() => ID, { description: 'Starts a duplicate scan of the unit’s subtree where you may edit contacts; returns the task to follow.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  scanDuplicates(@Arg('orgUnitId', () => ID) orgUnitId: string, @Ctx() ctx: GraphQLContext): Promise<string> {
    return new DuplicateScanService(ctx).start(orgUnitId);
  }

  @Mutation(() => DuplicatePairType, { description: 'Marks an open pair as two different people; scans will not bring it back.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  dismissDuplicatePair(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<DuplicatePairRecord> {
    return new DuplicatePairsService(ctx).dismiss(id);
  }
}
