import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { LoginDocument, MeDocument } from '../../../gql/graphql';

/** Signs in; the API sets the session cookie. Rejects with the Apollo error on failure. */
export function useSignIn() {
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LoginDocument);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const { data } = await login({ variables: { email, password } });
      const me = data?.login.me ?? null;
      // Drop anything cached for a previous user, then remember who is signed in now.
      await client.clearStore();
      if (me) client.writeQuery({ query: MeDocument, data: { me } });
      return me;
    },
    [client, login],
  );

  return { signIn, loading };
}
