import { useMutation } from '@apollo/client/react';
import { CONTACT_LIMITS, formatPhone } from '@hromada/shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateMyContactDetailsDocument, type MyProfileRecordFragment } from '../../../gql/graphql';
import { ConflictNotice, type UnsavedChange } from '../../../lib/components/conflict-notice';
import { ErrorSummary, useFocusFirstInvalid } from '../../../lib/components/error-summary';
import { DialogFooter } from '../../../lib/components/dialog-footer';
import { TextField } from '../../../lib/components/form-field';
import { ListField } from '../../../lib/components/list-field';
import { errorCodes, formErrors } from '../../../lib/errors';

interface Details {
  phones: string[];
  emails: string[];
  addressRegion: string;
  addressSettlement: string;
  addressStreet: string;
}
type DetailField = keyof Details;
const DETAIL_FIELDS: readonly DetailField[] = ['phones', 'emails', 'addressRegion', 'addressSettlement', 'addressStreet'];
const API_FIELDS = [...DETAIL_FIELDS, ...Array.from({ length: CONTACT_LIMITS.phones + 5 }, (_, i) => [`phones.${i}`, `emails.${i}`]).flat()];
const ID = 'my-details';

const detailsOf = (profile: MyProfileRecordFragment): Details => ({
  phones: profile.phones.length ? profile.phones.map(formatPhone) : [''],
  emails: profile.emails.length ? [...profile.emails] : [''],
  addressRegion: profile.addressRegion ?? '',
  addressSettlement: profile.addressSettlement ?? '',
  addressStreet: profile.addressStreet ?? '',
});
const text = (value: Details[DetailField]) => (Array.isArray(value) ? value.filter((v) => v.trim() !== '').join(', ') : value);

interface MyDetailsFormProps {
  profile: MyProfileRecordFragment;
  onReload: () => Promise<MyProfileRecordFragment | null>;
  onDone: (saved: boolean) => void;
}

/** The member's own phones, e-mails and address: the only fields they change themselves. */
export function MyDetailsForm({ profile, onReload, onDone }: MyDetailsFormProps) {
  const { t, i18n } = useTranslation(['profile', 'contacts']);
  const [base, setBase] = useState(() => detailsOf(profile));
  const [version, setVersion] = useState(profile.version);
  const [draft, setDraft] = useState(base);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<{ reloaded: boolean; values: Partial<Details> } | null>(null);
  const [reloading, setReloading] = useState(false);
  const [save, { loading }] = useMutation(UpdateMyContactDetailsDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error);

  const errors = error ? formErrors(error, i18n, API_FIELDS) : { fields: {} as Partial<Record<string, string>>, general: [] };
  const label = (field: string) => {
    const [list, index] = field.split('.');
    if (index !== undefined) return t(list === 'phones' ? 'contacts:form.phoneN' : 'contacts:form.emailN', { n: Number(index) + 1 });
    return t(`contacts:field.${list as DetailField}`);
  };
  const summary = [
    ...Object.entries(errors.fields).map(([field, message]) => ({ target: `${ID}-${field.replace('.', '-')}`, text: `${label(field)}: ${message}` })),
    ...errors.general.map((message) => ({ text: message })),
  ];
  const set = <K extends DetailField>(field: K) => (value: Details[K]) => setDraft((current) => ({ ...current, [field]: value }));
  const rowErrors = (list: 'phones' | 'emails') => draft[list].map((_, i) => errors.fields[`${list}.${i}`]);
  const changes: UnsavedChange[] = conflict ? DETAIL_FIELDS.filter((f) => f in conflict.values).map((f) => ({ label: label(f), value: text(conflict.values[f]!) })) : [];

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await save({ variables: { version, phones: draft.phones, emails: draft.emails, addressRegion: draft.addressRegion || null, addressSettlement: draft.addressSettlement || null, addressStreet: draft.addressStreet || null } });
      onDone(true);
    } catch (caught) {
      if (!errorCodes(caught).includes('CONFLICT')) return setError(caught);
      setConflict({ reloaded: false, values: Object.fromEntries(DETAIL_FIELDS.filter((f) => text(draft[f]) !== text(base[f])).map((f) => [f, draft[f]])) });
    }
  }

  async function reload() {
    setReloading(true);
    try {
      const fresh = await onReload();
      if (!fresh) return;
      setBase(detailsOf(fresh));
      setDraft(detailsOf(fresh));
      setVersion(fresh.version);
      setConflict((current) => current && { ...current, reloaded: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setReloading(false);
    }
  }

  return (
    <form ref={form} className="form record-form" noValidate onSubmit={handleSubmit} aria-busy={loading} data-testid="my-details-form">
      {conflict && (
        <ConflictNotice
          reloaded={conflict.reloaded}
          reloading={reloading}
          changes={changes}
          onReload={() => void reload()}
          onRestore={() => {
            setDraft((current) => ({ ...current, ...conflict.values }));
            setConflict(null);
          }}
        />
      )}
      <ErrorSummary items={summary} testId="my-details-errors" />
      <ListField
        id={`${ID}-phones`}
        legend={t('contacts:field.phones')}
        hint={t('contacts:form.phonesHint')}
        values={draft.phones}
        onChange={set('phones')}
        errors={rowErrors('phones')}
        groupError={errors.fields.phones}
        max={CONTACT_LIMITS.phones}
        type="tel"
        rowLabel={(n) => t('contacts:form.phoneN', { n })}
        addLabel={t('contacts:form.addPhone')}
        removeLabel={(n) => t('contacts:form.removePhone', { n })}
        testId="my-phone"
      />
      <ListField
        id={`${ID}-emails`}
        legend={t('contacts:field.emails')}
        values={draft.emails}
        onChange={set('emails')}
        errors={rowErrors('emails')}
        groupError={errors.fields.emails}
        max={CONTACT_LIMITS.emails}
        type="email"
        rowLabel={(n) => t('contacts:form.emailN', { n })}
        addLabel={t('contacts:form.addEmail')}
        removeLabel={(n) => t('contacts:form.removeEmail', { n })}
        testId="my-email"
      />
      <fieldset className="form-group">
        <legend>{t('contacts:section.address')}</legend>
        <TextField id={`${ID}-addressRegion`} label={t('contacts:field.addressRegion')} value={draft.addressRegion} onValue={set('addressRegion')} error={errors.fields.addressRegion} autoComplete="address-level1" />
        <TextField id={`${ID}-addressSettlement`} label={t('contacts:field.addressSettlement')} value={draft.addressSettlement} onValue={set('addressSettlement')} error={errors.fields.addressSettlement} autoComplete="address-level2" />
        <TextField id={`${ID}-addressStreet`} label={t('contacts:field.addressStreet')} value={draft.addressStreet} onValue={set('addressStreet')} error={errors.fields.addressStreet} autoComplete="street-address" testId="my-street" />
      </fieldset>
      <DialogFooter
        className="form-actions"
        confirmLabel={t('profile:save')}
        busyLabel={t('profile:saving')}
        busy={loading}
        disabled={conflict !== null && !conflict.reloaded}
        confirmTestId="my-details-save"
        cancelLabel={t('profile:cancel')}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
