import { DirectiveLocation, GraphQLDirective, GraphQLNonNull, GraphQLString, defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { isAction, isDomain, type Action, type Domain } from '../auth/policy';
import { forbidden, unauthenticated } from './errors';
import type { GraphQLContext } from '../../context';

export const orgScopeDirective = new GraphQLDirective({
  name: 'orgScope',
  description: 'Needs a signed-in viewer whose roles grant `action` on `domain`; rows are limited to their units.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: {
    domain: { type: new GraphQLNonNull(GraphQLString) },
    action: { type: new GraphQLNonNull(GraphQLString), defaultValue: 'read' },
  },
});

export const publicDirective = new GraphQLDirective({
  name: 'public',
  description: 'Open to anyone, signed in or not.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
});

export type RootFieldMark =
  | { kind: 'orgScope'; domain: Domain; action: Action }
  | { kind: 'public' };

/** Every root field, with its mark or null; a field with no mark, or a bad one, is null. */
export function rootFieldMarks(schema: GraphQLSchema): Map<string, RootFieldMark | null> {
  const marks = new Map<string, RootFieldMark | null>();
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const scoped = getDirective(schema, field, 'orgScope')?.[0];
      const open = getDirective(schema, field, 'public')?.[0];
      let mark: RootFieldMark | null = null;
      if (scoped && !open && isDomain(scoped.domain) && isAction(scoped.action)) {
        mark = { kind: 'orgScope', domain: scoped.domain, action: scoped.action };
      } else if (open && !scoped) {
        mark = { kind: 'public' };
      }
      marks.set(`${root.name}.${field.name}`, mark);
    }
  }
  return marks;
}

/**
 * Wraps every @orgScope root field with the sign-in and permission check. Refuses to build
 * a schema with an unmarked root field, so a forgotten mark fails at start, not in production.
 */
export function applyScopeDirectives(schema: GraphQLSchema): GraphQLSchema {
  const unmarked = [...rootFieldMarks(schema)].filter(([, mark]) => mark === null).map(([name]) => name);
  if (unmarked.length > 0) {
    throw new Error(`Root fields without exactly one valid @orgScope or @public: ${unmarked.join(', ')}`);
  }
  return mapSchema(schema, {
    [MapperKind.ROOT_FIELD]: (fieldConfig) => {
      const scoped = getDirective(schema, fieldConfig, 'orgScope')?.[0] as { domain: Domain; action: Action } | undefined;
      if (!scoped) return fieldConfig;
      const resolve = fieldConfig.resolve ?? defaultFieldResolver;
      return {
        ...fieldConfig,
        resolve: (source, args, context: GraphQLContext, info) => {
          if (!context.viewer) throw unauthenticated();
          if (!context.viewer.can(scoped.domain, scoped.action)) throw forbidden();
          return resolve(source, args, context, info);
        },
      };
    },
  });
}
