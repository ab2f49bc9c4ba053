import { ApolloClient, ApolloLink } from '@apollo/client';
import { of } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoginDocument, MeDocument } from '../gql/graphql';
import { createApolloClient, createAuthErrorLink, createCache, mergeConnectionPages } from './apollo-client';
import { onUnauthenticated } from './auth-events';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createApolloClient', () => {
  it('posts to /graphql with the session cookie, the CSRF header and the UI language', async () => {
    const fetchMock = vi.fn(
      async (..._args: unknown[]) =>
        new Response(JSON.stringify({ data: { me: null } }), { headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    let language = 'uk';
    const client = createApolloClient({ getLanguage: () => language });

    await client.query({ query: MeDocument });
    language = 'en';
    await client.query({ query: MeDocument, fetchPolicy: 'network-only' });

    expect(fetchMock).toHaveBeenCalledTimes(2);
    const [uri, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(uri).toBe('/graphql');
    expect(init.credentials).toBe('same-origin');
    const headers = new Headers(init.headers);
    expect(headers.get('x-hromada-csrf')).toBe('1');
    expect(headers.get('accept-language')).toBe('uk');
    const [, secondInit] = fetchMock.mock.calls[1] as [string, RequestInit];
    expect(new Headers(secondInit.headers).get('accept-language')).toBe('en');
  });
});

describe('createAuthErrorLink', () => {
  const unauthenticated = new ApolloLink(() =>
    of({ errors: [{ message: 'no session', extensions: { code: 'UNAUTHENTICATED', i18nKey: 'errors:unauthenticated' } }] }),
  );

  function clientWith(terminal: ApolloLink) {
    return new ApolloClient({ cache: createCache(), link: ApolloLink.from([createAuthErrorLink(), terminal]) });
  }

  it('signals a lost session', async () => {
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    await expect(clientWith(unauthenticated).query({ query: MeDocument })).rejects.toThrow();
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not treat a failed sign-in as a lost session', async () => {
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    await expect(
      clientWith(unauthenticated).mutate({ mutation: LoginDocument, variables: { email: 'a@b.cd', password: 'x' } }),
    ).rejects.toThrow();
    expect(listener).not.toHaveBeenCalled();
    stop();
  });
});

describe('mergeConnectionPages', () => {
  const page = (...cursors: string[]) => ({ edges: cursors.map((cursor) => ({ cursor })), totalCount: cursors.length });
  const merge = (existing: ReturnType<typeof page> | undefined, incoming: ReturnType<typeof page>, after?: string) =>
    (mergeConnectionPages as (...args: unknown[]) => ReturnType<typeof page>)(existing, incoming, {
      args: after ? { after } : {},
    });

  it('replaces the list for a first page', () => {
    expect(merge(page('a', 'b'), page('x'))).toEqual(page('x'));
  });

  it('appends the next page', () => {
    expect(merge(page('a', 'b'), page('c', 'd'), 'b').edges.map((e) => e.cursor)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('does not duplicate a page fetched twice', () => {
    const twice = merge(merge(page('a', 'b'), page('c'), 'b'), page('c'), 'b');
    expect(twice.edges.map((e) => e.cursor)).toEqual(['a', 'b', 'c']);
  });
});
