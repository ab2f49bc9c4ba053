import { Arg, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import { pageSize } from '../../platform/graphql/pagination';
import { ContactSearchGroup, SearchResults } from './search.types';
import { SearchService, type ContactGroup } from './search.service';

interface SearchArgs {
  text: string;
  first: number;
}

@Resolver(() => SearchResults)
export class SearchResolver {
  @Query(() => SearchResults, { description: 'One search box over everything in scope; each type is searched only if asked for.' })
  @Directive('@orgScope(domain: "contacts", action: "read")')
  search(
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 5, description: 'Items per type.' }) first: number,
  ): SearchArgs {
    return { text, first: pageSize(first) };
  }

  @FieldResolver(() => ContactSearchGroup)
  contacts(@Root() args: SearchArgs, @Ctx() ctx: GraphQLContext): Promise<ContactGroup> {
    return new SearchService(ctx).contacts(args.text, args.first);
  }
}
