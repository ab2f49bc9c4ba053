import { describe, expect, it, vi } from 'vitest';
import type { GraphQLFormattedError } from 'graphql';
import type { GraphQLRequestListener } from '@apollo/server';
import type { GraphQLContext } from '../../context';
import { errorReportingPlugin } from './error-reporting.plugin';

type Listener = Required<GraphQLRequestListener<GraphQLContext>>;

async function hooks(): Promise<Listener> {
  const plugin = errorReportingPlugin();
  return (await plugin.requestDidStart!({} as never)) as Listener;
}

describe('errorReportingPlugin', () => {
  it('replaces unexpected errors with a generic one carrying the request id, keeps user errors', async () => {
    const h = await hooks();
    const errors: GraphQLFormattedError[] = [
      { message: 'relation "secret_table" does not exist', path: ['contacts'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      { message: 'bad first', extensions: { code: 'BAD_USER_INPUT', i18nKey: 'errors:firstTooLarge' } },
      { message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ];
    const response = { body: { kind: 'single', singleResult: { errors } } };
    await h.willSendResponse({ contextValue: { requestId: 'req-1' }, response } as never);
    const [internal, user, validation] = response.body.singleResult.errors;
    expect(internal.message).toBe('Internal error. Reference: req-1');
    expect(internal.message).not.toContain('secret_table');
    expect(internal.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', i18nKey: 'errors:internal', params: { requestId: 'req-1' } });
    expect(user).toBe(errors[1]);
    expect(validation).toBe(errors[2]);
  });

  it('logs only unexpected errors, with the request-scoped logger', async () => {
    const h = await hooks();
    const error = vi.fn();
    await h.didEncounterErrors({
      contextValue: { log: { error } },
      errors: [
        { extensions: { code: 'BAD_USER_INPUT' }, path: ['a'] },
        { extensions: {}, originalError: new Error('boom'), path: ['b'] },
      ],
    } as never);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0][0]).toMatchObject({ path: ['b'] });
  });
});
