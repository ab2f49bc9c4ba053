import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DeleteContactGroupDocument } from '../../../gql/graphql';
import { DialogFooter } from '../../../lib/components/dialog-footer';
import { errorMessage } from '../../../lib/errors';

/** "Delete", then a confirmation in place that says what happens (the contacts stay). */
export function DeleteGroup({ id, name }: { id: string; name: string }) {
  const { t, i18n } = useTranslation(['groups']);
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [remove, { loading, client }] = useMutation(DeleteContactGroupDocument);

  async function handleConfirm() {
    setError(null);
    try {
      await remove({ variables: { id } });
      client.cache.evict({ id: client.cache.identify({ __typename: 'ContactGroup', id }) });
      client.cache.evict({ fieldName: 'contactGroups' });
      void navigate('/groups');
    } catch (caught) {
      setError(caught);
    }
  }

  if (!confirming) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setConfirming(true)} data-testid="group-delete">
        {t('groups:group.delete')}
      </button>
    );
  }
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="delete-group-title" aria-describedby="delete-group-text" data-testid="group-delete-confirm">
      <h2 id="delete-group-title">{t('groups:group.deleteTitle', { name })}</h2>
      <p id="delete-group-text">{t('groups:group.deleteText')}</p>
      {error != null && (
        <p className="alert alert--error" role="alert">
          {errorMessage(error, i18n)}
        </p>
      )}
      <DialogFooter
        confirmLabel={t('groups:group.deleteConfirm')}
        busyLabel={t('groups:group.deleting')}
        busy={loading}
        onConfirm={() => void handleConfirm()}
        danger
        confirmTestId="group-delete-confirm-button"
        cancelLabel={t('groups:group.deleteCancel')}
        onCancel={() => setConfirming(false)}
        focusCancel
      />
    </div>
  );
}
