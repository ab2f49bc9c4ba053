import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { LogoutDocument } from '../../../gql/graphql';

export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutDocument);
  const [pending, setPending] = useState(false);

  const signOut = useCallback(async () => {
    setPending(true);
    try {
      await logout();
    } catch {
      // The session may already be gone; the user still leaves.
    }
    await client.clearStore();
    setPending(false);
    navigate('/login', { replace: true });
  }, [client, logout, navigate]);

  return { signOut, pending };
}
