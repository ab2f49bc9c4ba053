import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { BackgroundTaskDocument, type BackgroundTaskQuery } from '../gql/graphql';

export type BackgroundTask = NonNullable<BackgroundTaskQuery['backgroundTask']>;

const POLL_MS = 700;

/** Follows a background task until it has finished; null id follows nothing. */
export function useBackgroundTask(id: string | null) {
  const { data, error, startPolling, stopPolling } = useQuery(BackgroundTaskDocument, {
    variables: { id: id ?? '' },
    skip: id === null,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const task = data?.backgroundTask ?? null;
  const finished = task !== null && (task.status === 'succeeded' || task.status === 'failed');
  useEffect(() => {
    if (id === null || finished) {
      stopPolling();
      return;
    }
    startPolling(POLL_MS);
    return stopPolling;
  }, [id, finished, startPolling, stopPolling]);
  return { task, finished, error };
}
