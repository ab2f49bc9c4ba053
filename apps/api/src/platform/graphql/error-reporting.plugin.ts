import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { GraphQLContext } from '../../context';
import { isUserError } from './errors';

const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

function isClientError(error: GraphQLFormattedError): boolean {
  const code = error.extensions?.code;
  return typeof code === 'string' && (CLIENT_CODES.has(code) || isUserError({ extensions: error.extensions }));
}

/**
 * Unexpected errors are logged with the request id and replaced by a generic message that
 * carries the id, so a user can quote it and nothing internal leaks.
 */
export function errorReportingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') continue;
            contextValue.log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
            isClientError(error)
              ? error
              : {
                  message: `Internal error. Reference: ${contextValue.requestId}`,
                  path: error.path,
                  extensions: { code: 'INTERNAL_SERVER_ERROR', i18nKey: 'errors:internal', params: { requestId: contextValue.requestId } },
                },
          );
        },
      };
    },
  };
}
