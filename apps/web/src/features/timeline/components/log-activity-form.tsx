import { useMutation } from '@apollo/client/react';
import { ACTIVITY_LIMITS } from '@hromada/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LogContactActivityDocument, type LoggedActivityKind } from '../../../gql/graphql';
import { ErrorSummary, useFocusFirstInvalid } from '../../../lib/components/error-summary';
import { DialogFooter } from '../../../lib/components/dialog-footer';
import { FieldShell, SelectField, TextField } from '../../../lib/components/form-field';
import { formErrors } from '../../../lib/errors';

const KINDS: readonly LoggedActivityKind[] = ['CALL', 'MEETING', 'NOTE', 'EMAIL'];
const FIELDS = ['subject', 'body', 'occurredAt'] as const;

/** Now as a `datetime-local` value, in the browser's zone. */
function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** Logging a call, meeting, note or e-mail; the time is the user's local time. */
export function LogActivityForm({ contactId, onLogged, onCancel }: { contactId: string; onLogged: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation(['timeline']);
  const id = useId();
  const [kind, setKind] = useState<LoggedActivityKind>('CALL');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [occurredAt, setOccurredAt] = useState(localNow);
  const [error, setError] = useState<unknown>(null);
  const [log, { loading }] = useMutation(LogContactActivityDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error);

  const errors = error ? formErrors(error, i18n, FIELDS) : { fields: {}, general: [] };
  const summary = [
    ...Object.entries(errors.fields).map(([field, text]) => ({ target: `${id}-${field}`, text: String(text) })),
    ...errors.general.map((text) => ({ text })),
  ];

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const when = occurredAt ? new Date(occurredAt) : null;
    try {
      await log({
        variables: { contactId, kind, subject: subject || null, body: body || null, occurredAt: when && !Number.isNaN(when.getTime()) ? when.toISOString() : null },
      });
      onLogged();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form ref={form} className="form card log-activity" noValidate onSubmit={handleSubmit} aria-busy={loading} data-testid="log-activity-form">
      <h3>{t('timeline:log.title')}</h3>
      <ErrorSummary items={summary} />
      <SelectField
        id={`${id}-kind`}
        label={t('timeline:log.kind')}
        value={kind}
        options={KINDS.map((value) => ({ value, label: t(`timeline:kind.${value}`) }))}
        onValue={setKind}
        testId="log-activity-kind"
      />
      <TextField id={`${id}-subject`} label={t('timeline:log.subject')} value={subject} onValue={setSubject} error={errors.fields.subject} maxLength={ACTIVITY_LIMITS.subject + 20} testId="log-activity-subject" />
      <FieldShell id={`${id}-body`} label={t('timeline:log.body')} error={errors.fields.body}>
        {(control) => <textarea className="input textarea" rows={4} value={body} data-testid="log-activity-body" onChange={(event) => setBody(event.target.value)} {...control} />}
      </FieldShell>
      <TextField
        id={`${id}-occurredAt`}
        label={t('timeline:log.occurredAt')}
        hint={t('timeline:log.occurredAtHint')}
        type="datetime-local"
        value={occurredAt}
        onValue={setOccurredAt}
        error={errors.fields.occurredAt}
        testId="log-activity-occurredAt"
      />
      <DialogFooter
        confirmLabel={t('timeline:log.submit')}
        busyLabel={t('timeline:log.submitting')}
        busy={loading}
        confirmTestId="log-activity-submit"
        cancelLabel={t('timeline:log.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
