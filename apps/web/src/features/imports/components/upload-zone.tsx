import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../lib/components/query-status';
import { MAX_IMPORT_MB, useUploadImport } from '../hooks/use-upload-import';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Where a file is dropped or chosen (the button is a real file input, so the keyboard reaches it). */
export function UploadZone() {
  const { t } = useTranslation(['imports']);
  const { upload, uploading, error } = useUploadImport();
  const [dragging, setDragging] = useState(false);

  function handleDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void upload(file);
  }

  return (
    <section className="upload card" aria-labelledby="upload-title">
      <h2 id="upload-title" className="upload__title">
        {t('imports:upload.label')}
      </h2>
      <div
        className={`upload__zone${dragging ? ' is-dragging' : ''}`}
        data-testid="import-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={handleDrop}
      >
        <p className="upload__text">{t('imports:upload.drop')}</p>
        <label className="button button--primary upload__choose">
          {t('imports:upload.choose')}
          <input
            type="file"
            className="visually-hidden"
            accept={ACCEPT}
            data-testid="import-file-input"
            disabled={uploading !== null}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void upload(file);
            }}
          />
        </label>
        <p className="field__hint">{t('imports:intro', { max: MAX_IMPORT_MB })}</p>
      </div>
      {uploading !== null && <LoadingState label={t('imports:upload.uploading', { name: uploading })} />}
      {error && (
        <p className="alert" role="alert" data-testid="import-upload-error">
          {error}
        </p>
      )}
    </section>
  );
}
