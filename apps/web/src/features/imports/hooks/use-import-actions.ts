import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  RunContactImportDocument, SetContactImportMappingDocument, type ImportErrorMode, type ImportField, type ImportMatchMode,
} from '../../../gql/graphql';

export interface ImportDraft {
  mapping: ImportField[];
  targetOrgUnitId: string | null;
  matchMode: ImportMatchMode;
  errorMode: ImportErrorMode;
}

/** Saving the mapping with a check, and starting the import; the error of the last attempt. */
export function useImportActions(id: string) {
  const [setMapping] = useMutation(SetContactImportMappingDocument);
  const [run] = useMutation(RunContactImportDocument);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function attempt(work: () => Promise<unknown>) {
    setPending(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  }

  const check = (draft: ImportDraft) =>
    attempt(async () => {
      const { mapping, ...options } = draft;
      await setMapping({ variables: { id, mapping, options } });
      await run({ variables: { id, dryRun: true } });
    });

  const startImport = () => attempt(() => run({ variables: { id, dryRun: false } }));

  return { check, startImport, pending, error };
}
