import { Arg, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import { DuesScheduleService } from './dues-schedule.service';
import { DuesScheduleInput } from './dues.inputs';
import { DuesAccessType, DuesScheduleType } from './dues.types';

@Resolver()
export class DuesScheduleResolver {
  @Query(() => [DuesScheduleType], { description: 'Every dues schedule, current and past, by membership type.' })
  @Directive('@orgScope(domain: "dues", action: "read")')
  duesSchedules(@Ctx() ctx: GraphQLContext): Promise<DuesScheduleType[]> {
    return new DuesScheduleService(ctx).list();
  }

  @Query(() => DuesAccessType)
  @Directive('@orgScope(domain: "dues", action: "read")')
  duesAccess(@Ctx() ctx: GraphQLContext): DuesAccessType {
    return new DuesScheduleService(ctx).access();
  }

  @Mutation(() => DuesScheduleType, { description: 'Adds a schedule; its days may not overlap another of the type. Needs dues write over the whole organization.' })
  @Directive('@orgScope(domain: "dues", action: "write")')
  addDuesSchedule(@Ctx() ctx: GraphQLContext, @Arg('input', () => DuesScheduleInput) input: DuesScheduleInput): Promise<DuesScheduleType> {
    return new DuesScheduleService(ctx).add(input);
  }

  @Mutation(() => DuesScheduleType, { description: 'Sets the last day a schedule applies.' })
  @Directive('@orgScope(domain: "dues", action: "write")')
  endDuesSchedule(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('validTo', () => String) validTo: string): Promise<DuesScheduleType> {
    return new DuesScheduleService(ctx).end(id, validTo);
  }

  @Mutation(() => ID, { description: "Charges dues for a month ('YYYY-MM', not in the future) in your dues scope, as a background task; returns its id." })
  @Directive('@orgScope(domain: "dues", action: "write")')
  generateDuesCharges(@Ctx() ctx: GraphQLContext, @Arg('month', () => String) month: string): Promise<string> {
    return new DuesScheduleService(ctx).startCharges(month);
  }
}
