import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { onUnauthenticated } from '../lib/auth-events';

/** When the API reports a lost session, forget cached data and go to the sign-in page. */
export function UnauthenticatedRedirect() {
  const client = useApolloClient();
  const navigate = useNavigate();
  useEffect(
    () =>
      onUnauthenticated(() => {
        navigate('/login', { replace: true });
        void client.clearStore();
      }),
    [client, navigate],
  );
  return null;
}
