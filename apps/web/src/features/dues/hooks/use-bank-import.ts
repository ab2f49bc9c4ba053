import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ImportBankStatementDocument, type BankColumnMappingInput, type ImportBankStatementMutation } from '../../../gql/graphql';

export const MAX_STATEMENT_BYTES = 5 * 1024 * 1024;

export type ImportResult = ImportBankStatementMutation['importBankStatement'];

export interface StatementFile {
  name: string;
  base64: string;
}

/** The file's bytes as base64, in chunks (a 5 MB file would overflow one call's arguments). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * A statement import as the user builds it: the file, the columns, contacts chosen by hand and
 * rows left out. Every change asks the API again for a dry run, so what is shown is what a
 * commit would record; `commit` records it.
 */
export function useBankImport() {
  const [file, setFile] = useState<StatementFile | null>(null);
  const [mapping, setMapping] = useState<BankColumnMappingInput | null>(null);
  const [manual, setManual] = useState<Map<number, string>>(new Map());
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [result, setResult] = useState<ImportResult | null>(null);
  const [committed, setCommitted] = useState<ImportResult | null>(null);
  const [run, { loading, error, reset }] = useMutation(ImportBankStatementDocument);

  async function send(next: { file: StatementFile; mapping: BankColumnMappingInput | null; manual: Map<number, string>; excluded: Set<number> }, dryRun: boolean) {
    setFile(next.file);
    setMapping(next.mapping);
    setManual(next.manual);
    setExcluded(next.excluded);
    try {
      const res = await run({
        variables: {
          input: {
            contentBase64: next.file.base64,
            fileName: next.file.name,
            mapping: next.mapping,
            dryRun,
            manualMatches: [...next.manual].map(([line, contactId]) => ({ line, contactId })),
            excludedLines: [...next.excluded],
          },
        },
      });
      const answer = res.data?.importBankStatement ?? null;
      if (dryRun) setResult(answer);
      else setCommitted(answer);
    } catch {
      // shown from `error`
    }
  }

  const state = () => ({ file: file!, mapping, manual, excluded });
  return {
    file,
    result,
    committed,
    loading,
    error,
    open: (next: StatementFile) => {
      setCommitted(null);
      setResult(null);
      return send({ file: next, mapping: null, manual: new Map(), excluded: new Set() }, true);
    },
    setColumns: (columns: BankColumnMappingInput) => send({ ...state(), mapping: columns }, true),
    match: (line: number, contactId: string) => send({ ...state(), manual: new Map(manual).set(line, contactId) }, true),
    exclude: (line: number, out: boolean) => {
      const next = new Set(excluded);
      if (out) next.add(line);
      else next.delete(line);
      return send({ ...state(), excluded: next }, true);
    },
    commit: () => send(state(), false),
    startOver: () => {
      reset();
      setFile(null);
      setResult(null);
      setCommitted(null);
    },
  };
}
