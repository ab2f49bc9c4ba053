import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './pagination';

/**
 * The fields every cursor list has: `edges { cursor node }`, `pageInfo` and `totalCount`.
 * A module names its list by extending the result:
 * `@ObjectType('ContactGroupConnection') class ContactGroupConnection extends Connection(ContactGroupType, 'ContactGroup') {}`
 * (the edge type is `<name>Edge`), adding any fields of its own.
 */
export function Connection<T extends object>(node: ClassType<T>, name: string, options: { totalCountDescription?: string } = {}) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionFields {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: options.totalCountDescription })
    totalCount!: number;
  }

  return ConnectionFields;
}
