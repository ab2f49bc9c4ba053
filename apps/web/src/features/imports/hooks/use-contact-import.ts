import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { ContactImportDocument, type ContactImportDetailsFragment } from '../../../gql/graphql';
import { useBackgroundTask } from '../../../lib/use-background-task';

export type ContactImport = ContactImportDetailsFragment;

export const isRunning = (contactImport: ContactImport | null) => contactImport?.status === 'CHECKING' || contactImport?.status === 'IMPORTING';

/**
 * An import, following its background task while it is checked or imported, then read again.
 * `keepTask`: go on showing the task once it has finished (a run started on this page).
 */
export function useContactImport(id: string, keepTask: boolean) {
  const { data, error, refetch } = useQuery(ContactImportDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const contactImport = data?.contactImport ?? null;
  const running = isRunning(contactImport);
  const followed = running || keepTask ? (contactImport?.taskId ?? null) : null;
  const { task, finished } = useBackgroundTask(followed);
  useEffect(() => {
    if (running && finished) void refetch();
  }, [running, finished, refetch]);
  return { contactImport, loaded: data !== undefined, error, refetch, task: followed ? task : null };
}
