import { useMutation } from '@apollo/client/react';
import type { MembershipStatus, MembershipType } from '@hromada/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeMembershipStatusDocument, type ContactMembershipFieldsFragment } from '../../../gql/graphql';
import { errorCodes, formErrors } from '../../../lib/errors';
import { currentState, localToday, statusChoices, stepRules, toApiStatus, toApiType } from '../membership-values';
import { DialogFooter } from '../../../lib/components/dialog-footer';
import { FieldShell } from '../../../lib/components/form-field';
import { DialogErrors, MembershipDialog } from './membership-dialog';

type Field = 'toStatus' | 'membershipType' | 'changedOn' | 'reason';
const FIELDS: readonly Field[] = ['toStatus', 'membershipType', 'changedOn', 'reason'];

/**
 * One step of the lifecycle: only the steps the rules allow from the current status are
 * offered, the type where there is a choice, the date (today unless changed) and the reason
 * where the step needs one. The API checks all of it again.
 */
export function ChangeStatusDialog({ contact, onClose, onConflict }: { contact: ContactMembershipFieldsFragment; onClose: () => void; onConflict: () => void }) {
  const { t, i18n } = useTranslation(['membership', 'errors']);
  const state = currentState(contact);
  const choices = statusChoices(state);
  const today = localToday();
  const [toStatus, setToStatus] = useState<MembershipStatus | null>(null);
  const [type, setType] = useState<MembershipType | null>(null);
  const [changedOn, setChangedOn] = useState(today);
  const [reason, setReason] = useState('');
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [save, { loading }] = useMutation(ChangeMembershipStatusDocument);

  const rules = toStatus ? stepRules(state, toStatus) : null;
  const server = serverError ? formErrors(serverError, i18n, FIELDS) : { fields: {}, general: [] };
  const conflict = serverError !== null && errorCodes(serverError).includes('CONFLICT');
  const error = (field: Field) => clientErrors[field] ?? server.fields[field];

  function choose(status: MembershipStatus) {
    setToStatus(status);
    setType(stepRules(state, status).proposed);
    setClientErrors({});
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!toStatus) problems.toStatus = t('errors:fieldRequired');
    if (!changedOn) problems.changedOn = t('errors:dateInvalid');
    else if (changedOn > today) problems.changedOn = t('membership:error.dateInFuture');
    if (rules?.needsReason && reason.trim() === '') problems.reason = t('membership:error.reasonRequired');
    setClientErrors(problems);
    setServerError(null);
    if (Object.keys(problems).length > 0 || !toStatus) return;
    try {
      await save({
        variables: {
          contactId: contact.id,
          version: contact.version,
          toStatus: toApiStatus(toStatus),
          changedOn,
          membershipType: type ? toApiType(type) : null,
          reason: reason.trim() || null,
        },
      });
      onClose();
    } catch (failure) {
      setServerError(failure);
    }
  }

  const current = state.status ? t('membership:changeDialog.current', { status: t(`membership:status.${toApiStatus(state.status)}`) }) : t('membership:changeDialog.currentNone');
  const statusError = error('toStatus');

  return (
    <MembershipDialog title={t('membership:changeDialog.title')} onClose={onClose} testId="change-status-dialog">
      <form className="form" noValidate onSubmit={submit} aria-busy={loading}>
        <p className="muted">{current}</p>
        <DialogErrors messages={server.general} onReload={conflict ? onConflict : undefined} />
        {choices.length === 0 ? (
          <p>{t('membership:changeDialog.noSteps')}</p>
        ) : (
          <fieldset className="choice-group" aria-invalid={statusError ? true : undefined} aria-describedby={statusError ? 'to-status-error' : undefined}>
            <legend className="field__label">{t('membership:changeDialog.newStatus')}</legend>
            {choices.map((status) => (
              <label key={status} className="membership-choice">
                <input type="radio" name="toStatus" value={status} checked={toStatus === status} onChange={() => choose(status)} data-testid={`status-option-${status}`} />
                {status === state.status
                  ? t('membership:changeDialog.typeOnly', { status: t(`membership:status.${toApiStatus(status)}`) })
                  : t(`membership:status.${toApiStatus(status)}`)}
              </label>
            ))}
            {statusError && (
              <p className="field__error" id="to-status-error">
                {statusError}
              </p>
            )}
          </fieldset>
        )}

        {toStatus && rules && rules.types.length > 1 && (
          <FieldShell label={t('membership:changeDialog.type')} error={error('membershipType')}>
            {(control) => (
              <select {...control} className="input" value={type ?? ''} onChange={(e) => setType(e.target.value as MembershipType)} data-testid="membership-type">
                {rules.types.map((option) => (
                  <option key={option} value={option}>
                    {t(`membership:type.${toApiType(option)}`)}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
        )}

        {toStatus === 'member' && !contact.cardNumber && <p className="hint">{t('membership:changeDialog.cardHint')}</p>}

        <FieldShell label={t('membership:changeDialog.date')} hint={t('membership:changeDialog.dateHint')} error={error('changedOn')}>
          {(control) => <input {...control} className="input" type="date" max={today} value={changedOn} onChange={(e) => setChangedOn(e.target.value)} data-testid="status-date" />}
        </FieldShell>

        <FieldShell
          label={rules?.needsReason ? t('membership:changeDialog.reason') : t('membership:changeDialog.reasonOptional')}
          hint={rules?.needsReason ? t('membership:changeDialog.reasonRequiredHint') : undefined}
          error={error('reason')}
        >
          {(control) => (
            <textarea {...control} className="input" rows={3} maxLength={1000} required={rules?.needsReason} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="status-reason" />
          )}
        </FieldShell>

        <DialogFooter
          confirmLabel={t('membership:changeDialog.submit')}
          busyLabel={t('membership:action.saving')}
          busy={loading}
          disabled={choices.length === 0}
          confirmTestId="status-submit"
          cancelLabel={t('membership:action.cancel')}
          onCancel={onClose}
        />
      </form>
    </MembershipDialog>
  );
}
