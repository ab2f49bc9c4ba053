import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CSRF_HEADER } from '../../../lib/apollo-client';
import { notifyUnauthenticated } from '../../../lib/auth-events';
import { translateError, type ErrorDescriptor } from '../../../lib/errors';

export const MAX_IMPORT_MB = 50;
const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;

/** The refusal in an upload's JSON answer, or a generic one when there is none. */
function descriptorOf(body: unknown): ErrorDescriptor {
  const error = (body as { error?: { code?: unknown; i18nKey?: unknown; params?: unknown } } | null)?.error;
  if (error && typeof error.i18nKey === 'string') {
    return {
      code: typeof error.code === 'string' ? error.code : null,
      i18nKey: error.i18nKey,
      params: typeof error.params === 'object' && error.params !== null ? (error.params as Record<string, unknown>) : {},
      field: null,
    };
  }
  return { code: null, i18nKey: 'imports:error.uploadFailed', params: {}, field: null };
}

/**
 * Sends a file to `POST /api/imports` (raw body, CSRF header, the UI language for the
 * message) and opens the import. A file over 50 MB is refused here, with the server's words,
 * before a byte is sent.
 */
export function useUploadImport() {
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const [uploading, setUploading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function upload(file: File) {
    setError(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setError(translateError({ code: null, i18nKey: 'imports:error.fileTooLarge', params: { max: MAX_IMPORT_MB }, field: null }, i18n));
      return;
    }
    setUploading(file.name);
    try {
      const res = await fetch(`/api/imports?name=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { [CSRF_HEADER]: '1', 'accept-language': i18n.language, 'content-type': 'application/octet-stream' },
        body: file,
      });
      const body: unknown = await res.json().catch(() => null);
      if (res.status === 401) notifyUnauthenticated();
      const id = (body as { id?: unknown } | null)?.id;
      if (res.ok && typeof id === 'string') {
        navigate(`/imports/${id}`);
        return;
      }
      setError(translateError(descriptorOf(body), i18n));
    } catch {
      setError(translateError(descriptorOf(null), i18n));
    } finally {
      setUploading(null);
    }
  }

  return { upload, uploading, error };
}
