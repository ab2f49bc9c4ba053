import { CONTACT_LIMITS, CURRENT_CONSENT_VERSION } from '@hromada/shared';
import { useTranslation } from 'react-i18next';
import type { ContactKind, Gender } from '../../../gql/graphql';
import { FieldShell, SelectField, TextField } from '../../../lib/components/form-field';
import { ListField } from '../../../lib/components/list-field';
import type { ContactDraft } from '../contact-draft';
import { TagsField } from './tags-field';

const GENDERS: readonly Gender[] = ['FEMALE', 'MALE'];
const CONTACT_KINDS: readonly ContactKind[] = ['MEMBER', 'SUPPORTER', 'VOLUNTEER', 'DONOR', 'ORGANIZATION'];

/** The DOM id of the control for an API field name: `phones.1` is `<prefix>-phones-1`. */
export const fieldId = (prefix: string, field: string) => `${prefix}-${field.replace(/\./g, '-')}`;

interface ContactFormFieldsProps {
  idPrefix: string;
  draft: ContactDraft;
  onChange: (draft: ContactDraft) => void;
  /** Translated problems by API field name. */
  errors: Partial<Record<string, string>>;
}

/** Every field of a contact a person edits, grouped as the record page shows them. */
export function ContactFormFields({ idPrefix, draft, onChange, errors }: ContactFormFieldsProps) {
  const { t } = useTranslation(['contacts']);
  const id = (field: string) => fieldId(idPrefix, field);
  const set = <K extends keyof ContactDraft>(field: K) => (value: ContactDraft[K]) => onChange({ ...draft, [field]: value });
  const text = (field: 'lastName' | 'firstName' | 'patronymic' | 'addressRegion' | 'addressSettlement' | 'addressStreet' | 'source', max: number, extra: object = {}) => (
    <TextField
      id={id(field)}
      label={t(`contacts:field.${field}`)}
      value={draft[field]}
      onValue={set(field)}
      error={errors[field]}
      maxLength={max + 20}
      testId={`contact-${field}`}
      {...extra}
    />
  );
  const rowErrors = (list: 'phones' | 'emails' | 'tags', count: number) => Array.from({ length: count }, (_, i) => errors[`${list}.${i}`]);

  return (
    <>
      <fieldset className="form-group">
        <legend>{t('contacts:section.person')}</legend>
        {text('lastName', CONTACT_LIMITS.name, { required: true, autoComplete: 'family-name' })}
        {text('firstName', CONTACT_LIMITS.name, { required: true, autoComplete: 'given-name' })}
        {text('patronymic', CONTACT_LIMITS.name, { autoComplete: 'additional-name' })}
        <div className="form-row">
          <SelectField
            id={id('gender')}
            label={t('contacts:field.gender')}
            value={draft.gender}
            options={[{ value: '' as const, label: t('contacts:form.genderNone') }, ...GENDERS.map((g) => ({ value: g, label: t(`contacts:gender.${g}`) }))]}
            onValue={set('gender')}
            error={errors.gender}
            testId="contact-gender"
          />
          <TextField id={id('birthDate')} label={t('contacts:field.birthDate')} type="date" value={draft.birthDate} onValue={set('birthDate')} error={errors.birthDate} testId="contact-birthDate" />
        </div>
        <SelectField
          id={id('contactType')}
          label={t('contacts:field.contactType')}
          value={draft.contactType}
          options={CONTACT_KINDS.map((kind) => ({ value: kind, label: t(`contacts:contactType.${kind}`) }))}
          onValue={set('contactType')}
          error={errors.contactType}
          testId="contact-contactType"
        />
      </fieldset>

      <fieldset className="form-group">
        <legend>{t('contacts:section.contactDetails')}</legend>
        <ListField
          id={id('phones')}
          legend={t('contacts:field.phones')}
          hint={t('contacts:form.phonesHint')}
          values={draft.phones}
          onChange={set('phones')}
          errors={rowErrors('phones', draft.phones.length)}
          groupError={errors.phones}
          max={CONTACT_LIMITS.phones}
          type="tel"
          rowLabel={(n) => t('contacts:form.phoneN', { n })}
          addLabel={t('contacts:form.addPhone')}
          removeLabel={(n) => t('contacts:form.removePhone', { n })}
          testId="contact-phone"
        />
        <ListField
          id={id('emails')}
          legend={t('contacts:field.emails')}
          values={draft.emails}
          onChange={set('emails')}
          errors={rowErrors('emails', draft.emails.length)}
          groupError={errors.emails}
          max={CONTACT_LIMITS.emails}
          type="email"
          rowLabel={(n) => t('contacts:form.emailN', { n })}
          addLabel={t('contacts:form.addEmail')}
          removeLabel={(n) => t('contacts:form.removeEmail', { n })}
          testId="contact-email"
        />
      </fieldset>

      <fieldset className="form-group">
        <legend>{t('contacts:section.address')}</legend>
        {text('addressRegion', CONTACT_LIMITS.addressRegion, { autoComplete: 'address-level1' })}
        {text('addressSettlement', CONTACT_LIMITS.addressSettlement, { autoComplete: 'address-level2' })}
        {text('addressStreet', CONTACT_LIMITS.addressStreet, { autoComplete: 'street-address' })}
      </fieldset>

      <fieldset className="form-group">
        <legend>{t('contacts:section.consent')}</legend>
        <blockquote className="consent-text" id={id('consent-text')}>
          {t('contacts:consentText')}
        </blockquote>
        <label className="checkbox">
          <input type="checkbox" id={id('consentVersion')} checked={draft.consent} data-testid="contact-consent-checkbox" aria-describedby={id('consent-text')} onChange={(event) => set('consent')(event.target.checked)} />
          {t('contacts:consentCheckbox', { version: CURRENT_CONSENT_VERSION })}
        </label>
        {errors.consentVersion && <p className="field__error">{errors.consentVersion}</p>}
      </fieldset>

      <fieldset className="form-group">
        <legend>{t('contacts:section.other')}</legend>
        <TagsField id={id('tags')} tags={draft.tags} onChange={set('tags')} errors={[errors.tags, ...rowErrors('tags', draft.tags.length)].filter((e): e is string => Boolean(e))} />
        {text('source', CONTACT_LIMITS.source, { hint: t('contacts:form.sourceHint') })}
        <FieldShell id={id('notes')} label={t('contacts:field.notes')} error={errors.notes}>
          {(control) => <textarea className="input textarea" rows={4} value={draft.notes} onChange={(event) => set('notes')(event.target.value)} {...control} />}
        </FieldShell>
      </fieldset>
    </>
  );
}
