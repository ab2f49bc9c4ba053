import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './pagination';

/**
 * The fields of a cursor list that is not counted: `edges { cursor node }` and `pageInfo`
 * (the edge type is `<name>Edge`). Most lists are counted: see `Connection`.
 */
export function UncountedConnection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType()
  abstract class UncountedConnectionFields {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }

  return UncountedConnectionFields;
}

/**
 * The fields every counted cursor list has: `edges { cursor node }`, `pageInfo` and `totalCount`.
 * A module names its list by extending the result:
 * `@ObjectType('ContactGroupConnection') class ContactGroupConnection extends Connection(ContactGroupType, 'ContactGroup') {}`
 * (the edge type is `<name>Edge`), adding any fields of its own.
 */
export function Connection<T extends object>(node: ClassType<T>, name: string, options: { totalCountDescription?: string } = {}) {
  @ObjectType()
  abstract class ConnectionFields extends UncountedConnection(node, name) {
    @Field(() => Int, { description: options.totalCountDescription })
    totalCount!: number;
  }

  return ConnectionFields;
}
