import {
  GraphQLError,
  Kind,
  getNamedType,
  isListType,
  isNonNullType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

export const MAX_DEPTH = 12;
export const MAX_ALIASES = 30;
export const MAX_COST = 20_000;
/** Assumed size of a list field with no `first` argument (children, roles …). */
const UNBOUNDED_LIST_SIZE = 50;

function tooComplex(i18nKey: string, message: string, max: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', i18nKey, params: { max } } });
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function intArg(field: FieldNode, name: string, variables: Record<string, unknown>): number | undefined {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  const value: ValueNode = arg.value;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/**
 * How many times a field's selection may be resolved: a paginated field by its `first`
 * (capped at the page limit, which the resolver enforces with a clearer message), its
 * `edges` by nothing more, any other list by a fixed guess.
 */
function listMultiplier(field: FieldNode, type: GraphQLOutputType, variables: Record<string, unknown>): number {
  const first = intArg(field, 'first', variables);
  if (first !== undefined) return Math.min(Math.max(first, 1), MAX_PAGE_SIZE);
  if (field.arguments?.some((a) => a.name.value === 'after')) return DEFAULT_PAGE_SIZE;
  if (!isList(type) || field.name.value === 'edges') return 1;
  return UNBOUNDED_LIST_SIZE;
}

/**
 * Depth, alias and cost limits as one validation rule: a query over any limit is refused
 * during validation, before a resolver (or any SQL) runs. Cost: every field costs 1, and a
 * list field multiplies what is under it by `first` (or a fixed guess when unbounded).
 */
export function queryLimitsRule(variables: Record<string, unknown> = {}) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const schema = context.getSchema();

    const measure = (
      set: SelectionSetNode,
      parentTypeName: string,
      depth: number,
      seen: Set<string>,
    ): { depth: number; cost: number; aliases: number } => {
      let maxDepth = depth;
      let cost = 0;
      let aliases = 0;
      const parent = schema.getType(parentTypeName);
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.alias) aliases += 1;
          const fieldDef =
            parent && 'getFields' in parent ? (parent.getFields() as Record<string, { type: GraphQLOutputType }>)[sel.name.value] : undefined;
          let fieldCost = 1;
          if (sel.selectionSet && fieldDef) {
            const inner = measure(sel.selectionSet, getNamedType(fieldDef.type).name, depth + 1, seen);
            maxDepth = Math.max(maxDepth, inner.depth);
            aliases += inner.aliases;
            const multiplier = listMultiplier(sel, fieldDef.type, variables);
            fieldCost += inner.cost * multiplier;
          }
          cost += fieldCost;
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const inner = measure(sel.selectionSet, sel.typeCondition?.name.value ?? parentTypeName, depth, seen);
          maxDepth = Math.max(maxDepth, inner.depth);
          cost += inner.cost;
          aliases += inner.aliases;
        } else {
          const fragment = fragments.get(sel.name.value);
          if (!fragment || seen.has(sel.name.value)) continue;
          const inner = measure(fragment.selectionSet, fragment.typeCondition.name.value, depth, new Set([...seen, sel.name.value]));
          maxDepth = Math.max(maxDepth, inner.depth);
          cost += inner.cost;
          aliases += inner.aliases;
        }
      }
      return { depth: maxDepth, cost, aliases };
    };

    return {
      OperationDefinition(node) {
        const root =
          node.operation === 'mutation' ? schema.getMutationType() : node.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
        if (!root) return;
        const { depth, cost, aliases } = measure(node.selectionSet, root.name, 1, new Set());
        if (depth > MAX_DEPTH) {
          context.reportError(tooComplex('errors:queryTooDeep', `Query is nested ${depth} levels deep; the limit is ${MAX_DEPTH}.`, MAX_DEPTH));
        } else if (aliases > MAX_ALIASES) {
          context.reportError(tooComplex('errors:tooManyAliases', `Query uses ${aliases} aliases; the limit is ${MAX_ALIASES}.`, MAX_ALIASES));
        } else if (cost > MAX_COST) {
          context.reportError(tooComplex('errors:queryTooCostly', `Query cost ${cost} exceeds the limit of ${MAX_COST}.`, MAX_COST));
        }
      },
    };
  };
}
