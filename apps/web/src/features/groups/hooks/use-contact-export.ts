import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { PrepareContactExportDocument, type ContactSelectionInput, type ExportFormat } from '../../../gql/graphql';

/** Starts a file download in the browser: the server's Content-Disposition names the file. */
function startDownload(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/**
 * Export: a one-time link from the API (a CSRF-checked mutation), then a plain download
 * of it, so the browser streams the file to disk however large it is.
 */
export function useContactExport(selection: ContactSelectionInput) {
  const [prepare, { loading }] = useMutation(PrepareContactExportDocument);
  const [started, setStarted] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function exportAs(format: ExportFormat) {
    setError(null);
    setStarted(null);
    try {
      const result = await prepare({ variables: { selection, format } });
      const url = result.data?.prepareContactExport.url;
      if (!url) return;
      startDownload(url);
      setStarted(format);
    } catch (caught) {
      setError(caught);
    }
  }

  return { exportAs, preparing: loading, started, error };
}
