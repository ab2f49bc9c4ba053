import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactMembershipDocument, RequestMembershipTransferDocument, type ContactMembershipFieldsFragment } from '../../../gql/graphql';
import { formErrors } from '../../../lib/errors';
import { localizedName } from '../../../lib/format';
import { DialogFooter } from '../../../lib/components/dialog-footer';
import { FieldShell } from '../../../lib/components/form-field';
import { BranchPicker } from './branch-picker';
import { DialogErrors, MembershipDialog } from './membership-dialog';

const FIELDS = ['toUnitId', 'note'] as const;

/** Asks another branch to take the person over; they stay here until that branch accepts. */
export function RequestTransferDialog({ contact, onClose }: { contact: ContactMembershipFieldsFragment; onClose: () => void }) {
  const { t, i18n } = useTranslation(['membership', 'errors']);
  const [target, setTarget] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [missingTarget, setMissingTarget] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const [request, { loading }] = useMutation(RequestMembershipTransferDocument, {
    refetchQueries: [{ query: ContactMembershipDocument, variables: { id: contact.id } }],
    awaitRefetchQueries: true,
  });
  const server = serverError ? formErrors(serverError, i18n, FIELDS) : { fields: {}, general: [] };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setServerError(null);
    setMissingTarget(!target);
    if (!target) return;
    try {
      await request({ variables: { contactId: contact.id, toUnitId: target, note: note.trim() || null } });
      onClose();
    } catch (failure) {
      setServerError(failure);
    }
  }

  return (
    <MembershipDialog title={t('membership:transferDialog.title')} onClose={onClose} testId="request-transfer-dialog">
      <form className="form" noValidate onSubmit={submit} aria-busy={loading}>
        <p className="muted">{t('membership:transferDialog.from', { branch: localizedName(contact.orgUnit, i18n.language) })}</p>
        <p className="hint">{t('membership:transferDialog.explain')}</p>
        <DialogErrors messages={server.general} />
        <BranchPicker
          value={target}
          onChange={(id) => {
            setTarget(id);
            setMissingTarget(false);
          }}
          excludeId={contact.orgUnit.id}
          error={missingTarget ? t('membership:transferDialog.chooseTarget') : server.fields.toUnitId}
        />
        <FieldShell label={t('membership:transferDialog.note')} error={server.fields.note}>
          {(control) => <textarea {...control} className="input" rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} data-testid="transfer-note" />}
        </FieldShell>
        <DialogFooter
          confirmLabel={t('membership:transferDialog.submit')}
          busyLabel={t('membership:action.saving')}
          busy={loading}
          confirmTestId="transfer-submit"
          cancelLabel={t('membership:action.cancel')}
          onCancel={onClose}
        />
      </form>
    </MembershipDialog>
  );
}
