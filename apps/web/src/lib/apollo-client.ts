import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldMergeFunction } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { notifyUnauthenticated } from './auth-events';
import { isUnauthenticated } from './errors';

export const CSRF_HEADER = 'x-hromada-csrf';

interface StoredEdge {
  cursor: string;
}

interface StoredConnection {
  edges: StoredEdge[];
}

/**
 * Appends a "show more" page to the pages already loaded. A request without `after`
 * (first page, refetch) replaces the list; a page that continues from a cursor in the
 * middle of the list drops what came after that cursor, so nothing is duplicated.
 */
export const mergeConnectionPages: FieldMergeFunction<StoredConnection, StoredConnection> = (
  existing,
  incoming,
  { args },
) => {
  const after = typeof args?.after === 'string' ? args.after : null;
  if (!existing || !after) return incoming;
  const index = existing.edges.findIndex((edge) => edge.cursor === after);
  const kept = index >= 0 ? existing.edges.slice(0, index + 1) : existing.edges;
  return { ...incoming, edges: [...kept, ...incoming.edges] };
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Contact: {
        keyFields: ['id'],
        fields: {
          timeline: { keyArgs: false, merge: mergeConnectionPages },
          contributions: { keyArgs: false, merge: mergeConnectionPages },
        },
      },
      OrgUnit: { keyFields: ['id'] },
      ContactGroup: { keyFields: ['id'], fields: { contacts: { keyArgs: false, merge: mergeConnectionPages } } },
      ContactImport: { fields: { rows: { keyArgs: ['outcome'], merge: mergeConnectionPages } } },
      // A contact's dues (no id of their own): queries selecting different parts merge.
      ContactDues: {
        merge: true,
        fields: {
          payments: { keyArgs: false, merge: mergeConnectionPages },
          charges: { keyArgs: false, merge: mergeConnectionPages },
        },
      },
      Query: {
        fields: {
          contacts: { keyArgs: ['search', 'orgUnitId'], merge: mergeConnectionPages },
          duplicatePairs: { keyArgs: ['orgUnitId', 'status'], merge: mergeConnectionPages },
          contactMerges: { keyArgs: ['orgUnitId'], merge: mergeConnectionPages },
          contactGroups: { keyArgs: ['search'], merge: mergeConnectionPages },
          incomingMembershipTransfers: { keyArgs: ['status'], merge: mergeConnectionPages },
        },
      },
    },
  });
}

/** Headers on every request: the CSRF marker the API requires and the UI language. */
export function createHeadersLink(getLanguage: () => string): ApolloLink {
  return new ApolloLink((operation, forward) => {
    operation.setContext((previous) => ({
      headers: {
        ...(previous.headers as Record<string, string> | undefined),
        [CSRF_HEADER]: '1',
        'accept-language': getLanguage(),
      },
    }));
    return forward(operation);
  });
}

/** A lost session anywhere (except a failed sign-in itself) sends the user to sign in. */
export function createAuthErrorLink(): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (operation.operationName !== 'Login' && isUnauthenticated(error)) notifyUnauthenticated();
  });
}

export interface ApolloClientOptions {
  getLanguage: () => string;
  uri?: string;
  /** Replaces the HTTP link (tests pass a MockLink here). */
  terminatingLink?: ApolloLink;
}

export function createApolloClient({ getLanguage, uri = '/graphql', terminatingLink }: ApolloClientOptions): ApolloClient {
  // The session is an HttpOnly cookie set by the API; nothing here ever sees the token.
  const http = terminatingLink ?? new HttpLink({ uri, credentials: 'same-origin' });
  return new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([createAuthErrorLink(), createHeadersLink(getLanguage), http]),
  });
}
