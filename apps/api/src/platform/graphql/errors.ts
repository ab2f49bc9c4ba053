import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'TOO_MANY_REQUESTS'
  | 'QUERY_TOO_COMPLEX'
  | 'CSRF'
  | 'INTERNAL_SERVER_ERROR';

export interface UserErrorOptions {
  params?: Record<string, string | number>;
  field?: string;
}

/**
 * A mistake the user can fix. The message is English for scripts and logs; the web app shows
 * `i18nKey` (namespace-prefixed, e.g. `errors:invalidCredentials`) in the user's language.
 */
export class UserError extends GraphQLError {
  constructor(code: ErrorCode, i18nKey: string, message: string, options: UserErrorOptions = {}) {
    super(message, {
      extensions: { code, i18nKey, params: options.params ?? {}, ...(options.field ? { field: options.field } : {}) },
    });
  }
}

export const unauthenticated = () =>
  new UserError('UNAUTHENTICATED', 'errors:unauthenticated', 'Sign in to continue.');

export const forbidden = () =>
  new UserError('FORBIDDEN', 'errors:forbidden', 'You do not have permission to do this.');

export function isUserError(error: unknown): boolean {
  const code = (error as GraphQLError | undefined)?.extensions?.code;
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
}
