import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BulkAddToGroupDocument, ContactGroupsDocument, type ContactSelectionInput } from '../../../gql/graphql';
import { DialogFooter } from '../../../lib/components/dialog-footer';
import { errorMessage } from '../../../lib/errors';
import { useBulkRun } from '../hooks/use-bulk-run';
import { BulkResult } from './bulk-result';

/** "Add to group": every contact of the selection you may edit joins a static group of yours. */
export function AddToGroupPanel({ selection, excludeGroupId, onClose }: { selection: ContactSelectionInput; excludeGroupId?: string; onClose: () => void }) {
  const { t, i18n } = useTranslation(['groups', 'errors']);
  const id = useId();
  const groups = useQuery(ContactGroupsDocument, { variables: { first: 100 }, fetchPolicy: 'network-only' });
  const targets = (groups.data?.contactGroups.edges ?? []).map((e) => e.node).filter((g) => g.kind === 'STATIC' && g.viewerCanWrite && g.id !== excludeGroupId);
  const [groupId, setGroupId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [run, { loading }] = useMutation(BulkAddToGroupDocument);
  const bulk = useBulkRun();
  const busy = loading || (bulk.payload?.taskId != null && !bulk.outcome && !bulk.failedKey);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    bulk.reset();
    try {
      const result = await run({ variables: { selection, groupId: groupId || targets[0].id } });
      if (result.data) bulk.start(result.data.bulkAddToGroup);
    } catch (caught) {
      setError(caught);
    }
  }

  if (groups.data && targets.length === 0) {
    return (
      <div className="bulk-panel" data-testid="bulk-group-panel">
        <p>{t('groups:bulk.noStaticGroups')}</p>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('groups:bulk.close')}
        </button>
      </div>
    );
  }

  return (
    <form className="bulk-panel" onSubmit={handleSubmit} noValidate data-testid="bulk-group-panel">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-group`}>
          {t('groups:bulk.targetGroup')}
        </label>
        <select id={`${id}-group`} className="input" value={groupId || targets[0]?.id || ''} data-testid="bulk-group-select" onChange={(event) => setGroupId(event.target.value)}>
          {targets.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      </div>
      {error != null && (
        <p className="alert alert--error" role="alert">
          {errorMessage(error, i18n)}
        </p>
      )}
      {bulk.payload && <BulkResult payload={bulk.payload} task={bulk.task} outcome={bulk.outcome} failedKey={bulk.failedKey} />}
      <DialogFooter
        confirmLabel={t('groups:bulk.apply')}
        busyLabel={t('groups:bulk.applying')}
        busy={busy}
        disabled={targets.length === 0}
        confirmTestId="bulk-group-apply"
        cancelLabel={t('groups:bulk.close')}
        onCancel={onClose}
      />
    </form>
  );
}
