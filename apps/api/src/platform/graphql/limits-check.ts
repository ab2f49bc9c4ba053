import { validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import { queryLimitsRule } from './limits';

/** Variable combinations remembered per document; beyond it the memo starts over. */
const MAX_VARIANTS = 64;

/** Per parsed document (Apollo reuses one DocumentNode per query text): limit results by variables. */
const checked = new WeakMap<DocumentNode, Map<string, GraphQLError | null>>();

/**
 * The first limit a query breaks, or null. The limits depend only on the document and on
 * its integer variables (page sizes), so the verdict is remembered for that pair: the same
 * screen's query is not walked again on every request.
 */
export function queryLimitError(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): GraphQLError | null {
  const key = JSON.stringify(Object.entries(variables).filter(([, v]) => typeof v === 'number').sort(([a], [b]) => a.localeCompare(b)));
  let verdicts = checked.get(document);
  if (!verdicts) checked.set(document, (verdicts = new Map()));
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  const [error = null] = validate(schema, document, [queryLimitsRule(variables)]);
  if (verdicts.size >= MAX_VARIANTS) verdicts.clear();
  verdicts.set(key, error);
  return error;
}
