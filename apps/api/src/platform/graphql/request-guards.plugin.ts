import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import type { GraphQLContext } from '../../context';
import { readSessionToken } from '../auth/session-token';
import { queryLimitError } from './limits-check';
import { UserError } from './errors';

export const CSRF_HEADER = 'x-hromada-csrf';

/**
 * A browser will not send a custom header cross-site without CORS consent, which we never give.
 * Also asked of other cookie-authenticated writes (the import upload).
 */
export function passesCsrf(req: Request): boolean {
  if (req.headers[CSRF_HEADER]) return true;
  const origin = req.headers.origin;
  return typeof origin === 'string' && origin === `${req.protocol}://${req.headers.host}`;
}

/**
 * Runs once the operation is parsed and validated, before any resolver: size limits first
 * (so an oversized query costs no SQL at all), then CSRF, then the session lookup.
 */
export function requestGuardsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, request, schema, operation }) {
          const limitError = queryLimitError(schema, document, request.variables ?? {});
          if (limitError) {
            throw new UserError('QUERY_TOO_COMPLEX', String(limitError.extensions.i18nKey), limitError.message, {
              params: limitError.extensions.params as Record<string, number>,
            });
          }
          const token = readSessionToken(contextValue.req.headers);
          if (operation?.operation === 'mutation' && token?.via === 'cookie' && !passesCsrf(contextValue.req)) {
            throw new UserError('CSRF', 'errors:csrf', `Cookie-authenticated mutations need the ${CSRF_HEADER} header.`);
          }
          await contextValue.authenticate();
        },
      };
    },
  };
}
