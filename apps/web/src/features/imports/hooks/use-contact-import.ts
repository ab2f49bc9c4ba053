import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { ContactImportDocument, type ContactImportDetailsFragment } from '../../../gql/graphql';
import { useBackgroundTask } from '../../../lib/use-background-task';

export type ContactImport = ContactImportDetailsFragment;

export const isRunning = (contactImport: ContactImport | null) => contactImport?.status === 'CHECKING' || contactImport?.status === 'IMPORTING';

/** An import, following its background task while it is checked or imported, then read again. */
export function useContactImport(id: string) {
  const { data, error, refetch } = useQuery(ContactImportDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const contactImport = data?.contactImport ?? null;
  const running = isRunning(contactImport);
  const { task, finished } = useBackgroundTask(running ? (contactImport?.taskId ?? null) : null);
  useEffect(() => {
    if (running && finished) void refetch();
  }, [running, finished, refetch]);
  return { contactImport, loaded: data !== undefined, error, refetch, task: running ? task : null };
}
