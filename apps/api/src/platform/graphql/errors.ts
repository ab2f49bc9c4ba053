import { GraphQLError } from 'graphql';
import type { FieldProblem } from '@hromada/shared';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'TOO_MANY_REQUESTS'
  | 'QUERY_TOO_COMPLEX'
  | 'CSRF'
  | 'NOT_FOUND'
  | 'CONFLICT'
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

/** The same answer for a missing id and one outside the viewer's scope: no existence oracle. */
export const notFound = () =>
  new UserError('NOT_FOUND', 'errors:notFound', 'The record does not exist or is not visible to you.');

/** Optimistic locking refused a save: someone saved the record after it was opened. */
export const changedBySomeoneElse = () =>
  new UserError('CONFLICT', 'errors:changedBySomeoneElse', 'Someone else changed this record in the meantime. Reload it and make your changes again.');

/** Every field problem of one input at once; the web shows each beside its field. */
export class ValidationFailed extends GraphQLError {
  constructor(readonly problems: readonly FieldProblem[]) {
    super(`Invalid input: ${problems.map((p) => `${p.field} (${p.i18nKey})`).join(', ')}`, {
      extensions: {
        code: 'BAD_USER_INPUT',
        i18nKey: 'errors:validationFailed',
        params: { count: problems.length },
        fieldErrors: problems.map((p) => ({ field: p.field, i18nKey: p.i18nKey, params: p.params ?? {} })),
      },
    });
  }
}

export function isUserError(error: unknown): boolean {
  const code = (error as GraphQLError | undefined)?.extensions?.code;
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
}
