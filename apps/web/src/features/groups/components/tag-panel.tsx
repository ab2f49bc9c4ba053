import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BulkTagContactsDocument, type ContactSelectionInput } from '../../../gql/graphql';
import { DialogFooter } from '../../../lib/components/dialog-footer';
import { formErrors } from '../../../lib/errors';
import { useBulkRun } from '../hooks/use-bulk-run';
import { BulkResult } from './bulk-result';

/** "Tag all": one tag added to (or taken off) every contact of the selection you may edit. */
export function TagPanel({ selection, onClose }: { selection: ContactSelectionInput; onClose: () => void }) {
  const { t, i18n } = useTranslation(['groups', 'errors']);
  const id = useId();
  const [tag, setTag] = useState('');
  const [remove, setRemove] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [run, { loading }] = useMutation(BulkTagContactsDocument);
  const bulk = useBulkRun();
  const errors = error ? formErrors(error, i18n, ['tag'] as const) : { fields: {}, general: [] };
  const busy = loading || (bulk.payload?.taskId != null && !bulk.outcome && !bulk.failedKey);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    bulk.reset();
    try {
      const result = await run({ variables: { selection, tag, remove } });
      if (result.data) bulk.start(result.data.bulkTagContacts);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form className="bulk-panel" onSubmit={handleSubmit} noValidate data-testid="bulk-tag-panel">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-tag`}>
          {t('groups:bulk.tag')}
        </label>
        <input id={`${id}-tag`} className="input" value={tag} maxLength={50} autoComplete="off" data-testid="bulk-tag-input" aria-invalid={errors.fields.tag ? true : undefined} onChange={(event) => setTag(event.target.value)} />
        {errors.fields.tag && <p className="field__error">{errors.fields.tag}</p>}
      </div>
      <div className="bulk-panel__modes" role="radiogroup" aria-label={t('groups:bulk.tag')}>
        <label className="checkbox">
          <input type="radio" name={`${id}-mode`} checked={!remove} onChange={() => setRemove(false)} />
          {t('groups:bulk.addTag')}
        </label>
        <label className="checkbox">
          <input type="radio" name={`${id}-mode`} checked={remove} onChange={() => setRemove(true)} data-testid="bulk-tag-remove" />
          {t('groups:bulk.removeTag')}
        </label>
      </div>
      {errors.general.map((message) => (
        <p key={message} className="alert alert--error" role="alert">
          {message}
        </p>
      ))}
      {bulk.payload && <BulkResult payload={bulk.payload} task={bulk.task} outcome={bulk.outcome} failedKey={bulk.failedKey} />}
      <DialogFooter
        confirmLabel={t('groups:bulk.apply')}
        busyLabel={t('groups:bulk.applying')}
        busy={busy}
        confirmTestId="bulk-tag-apply"
        cancelLabel={t('groups:bulk.close')}
        onCancel={onClose}
      />
    </form>
  );
}
