import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AssignMembershipCardDocument, type ContactMembershipFieldsFragment } from '../../../gql/graphql';
import { errorCodes, formErrors } from '../../../lib/errors';
import { DialogFooter } from '../../../lib/components/dialog-footer';
import { FieldShell } from '../../../lib/components/form-field';
import { DialogErrors, MembershipDialog } from './membership-dialog';

const FIELDS = ['cardNumber'] as const;

/** A typed card number, or an empty field for the next one the API generates. */
export function AssignCardDialog({ contact, onClose, onConflict }: { contact: ContactMembershipFieldsFragment; onClose: () => void; onConflict: () => void }) {
  const { t, i18n } = useTranslation(['membership', 'errors']);
  const [cardNumber, setCardNumber] = useState('');
  const [serverError, setServerError] = useState<unknown>(null);
  const [assign, { loading }] = useMutation(AssignMembershipCardDocument);
  const server = serverError ? formErrors(serverError, i18n, FIELDS) : { fields: {}, general: [] };
  const conflict = serverError !== null && errorCodes(serverError).includes('CONFLICT');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setServerError(null);
    try {
      await assign({ variables: { contactId: contact.id, version: contact.version, cardNumber: cardNumber.trim() || null } });
      onClose();
    } catch (failure) {
      setServerError(failure);
    }
  }

  const hint = [t('membership:cardDialog.hint'), contact.cardNumber ? t('membership:cardDialog.replaceHint', { card: contact.cardNumber }) : null].filter(Boolean).join(' ');

  return (
    <MembershipDialog title={t('membership:cardDialog.title')} onClose={onClose} testId="assign-card-dialog">
      <form className="form" noValidate onSubmit={submit} aria-busy={loading}>
        <DialogErrors messages={server.general} onReload={conflict ? onConflict : undefined} />
        <FieldShell label={t('membership:cardDialog.number')} hint={hint} error={server.fields.cardNumber}>
          {(control) => (
            <input
              {...control}
              className="input"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={40}
              value={cardNumber}
              onChange={(e) => setCardNumber(e.target.value)}
              data-testid="card-number"
            />
          )}
        </FieldShell>
        <DialogFooter
          confirmLabel={t('membership:cardDialog.submit')}
          busyLabel={t('membership:action.saving')}
          busy={loading}
          confirmTestId="card-submit"
          cancelLabel={t('membership:action.cancel')}
          onCancel={onClose}
        />
      </form>
    </MembershipDialog>
  );
}
