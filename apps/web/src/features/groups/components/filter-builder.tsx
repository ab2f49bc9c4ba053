import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDER_CHOICES, KIND_CHOICES, STATUS_CHOICES, TYPE_CHOICES, EMPTY_FILTER_FORM, type FilterFormState } from '../filter-form';
import { useValueLabels } from '../use-value-labels';
import { ChoiceList } from './choice-list';
import { TagListInput } from './tag-list-input';
import { TriStateField } from './tri-state-field';
import { UnitPicker } from './unit-picker';

/** A text input with its label and error, for the builder's numbers and dates. */
function TextField({ label, value, onChange, error, type = 'text', inputMode, testId }: {
  label: string;
  value: string;
  onChange: (next: string) => void;
  error?: string;
  type?: 'text' | 'date';
  inputMode?: 'numeric' | 'decimal';
  testId: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        type={type}
        inputMode={inputMode}
        value={value}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Criteria behind "More criteria": all but units, membership status and tags (any). */
const MORE_FIELDS = [
  'membershipTypes', 'contactTypes', 'genders', 'tagsAll', 'ageMin', 'ageMax', 'arrears', 'arrearsAtLeast', 'createdFrom', 'createdTo', 'hasPhone', 'hasEmail', 'hasConsent',
] as const satisfies readonly (keyof FilterFormState)[];
const MORE_ERROR_FIELDS = ['membershipTypes', 'contactTypes', 'genders', 'tagsAll', 'ageMin', 'ageMax', 'arrearsAtLeastKopiyky', 'createdFrom', 'createdTo'];

/** Every criterion of a smart group, as a phone-friendly form: one column, grouped, large targets. */
export function FilterBuilder({ form, onChange, errors }: { form: FilterFormState; onChange: (next: FilterFormState) => void; errors: Record<string, string> }) {
  const { t } = useTranslation(['groups']);
  const labels = useValueLabels();
  const set = <K extends keyof FilterFormState>(key: K) => (value: FilterFormState[K]) => onChange({ ...form, [key]: value });
  const moreChosen = MORE_FIELDS.filter((key) => (Array.isArray(form[key]) ? form[key].length > 0 : form[key] !== '')).length;
  // Less used criteria fold away (a long form on a phone), and open by themselves when set or wrong.
  const [moreOpen, setMoreOpen] = useState(moreChosen > 0);
  const moreWrong = MORE_ERROR_FIELDS.some((key) => errors[key]);

  return (
    <fieldset className="filter-builder" data-testid="filter-builder">
      <legend className="filter-builder__legend">{t('groups:filter.legend')}</legend>
      <UnitPicker units={form.units} onChange={set('units')} error={errors.unitIds} />
      <ChoiceList legend={t('groups:filter.membershipStatuses')} testId="filter-statuses" choices={STATUS_CHOICES.map((v) => ({ value: v, label: labels.status(v) }))} selected={form.membershipStatuses} onChange={set('membershipStatuses')} error={errors.membershipStatuses} />
      <TagListInput label={t('groups:filter.tagsAny')} testId="filter-tags-any" tags={form.tagsAny} onChange={set('tagsAny')} error={errors.tagsAny} />
      <details className="filter-more" open={moreOpen || moreWrong} onToggle={(event) => setMoreOpen(event.currentTarget.open)} data-testid="filter-more">
        <summary className="filter-more__summary">
          {t('groups:filter.more')}
          {moreChosen > 0 && <span className="badge">{t('groups:filter.moreChosen', { count: moreChosen })}</span>}
        </summary>
        <div className="filter-more__body">
          <ChoiceList legend={t('groups:filter.membershipTypes')} testId="filter-types" choices={TYPE_CHOICES.map((v) => ({ value: v, label: labels.type(v) }))} selected={form.membershipTypes} onChange={set('membershipTypes')} error={errors.membershipTypes} />
          <ChoiceList legend={t('groups:filter.contactTypes')} testId="filter-kinds" choices={KIND_CHOICES.map((v) => ({ value: v, label: labels.kind(v) }))} selected={form.contactTypes} onChange={set('contactTypes')} error={errors.contactTypes} />
          <ChoiceList legend={t('groups:filter.genders')} testId="filter-genders" choices={GENDER_CHOICES.map((v) => ({ value: v, label: labels.gender(v) }))} selected={form.genders} onChange={set('genders')} error={errors.genders} />
          <TagListInput label={t('groups:filter.tagsAll')} testId="filter-tags-all" tags={form.tagsAll} onChange={set('tagsAll')} error={errors.tagsAll} />
          <fieldset className="field-row">
            <legend className="field__label">{t('groups:filter.age')}</legend>
            <TextField label={t('groups:filter.ageMin')} value={form.ageMin} onChange={set('ageMin')} error={errors.ageMin} inputMode="numeric" testId="filter-age-min" />
            <TextField label={t('groups:filter.ageMax')} value={form.ageMax} onChange={set('ageMax')} error={errors.ageMax} inputMode="numeric" testId="filter-age-max" />
          </fieldset>
          <fieldset className="field-row">
            <legend className="field__label">{t('groups:filter.dues')}</legend>
            <TriStateField label={t('groups:filter.arrears')} value={form.arrears} onChange={set('arrears')} yes={t('groups:filter.inArrears')} no={t('groups:filter.notInArrears')} testId="filter-arrears" />
            <TextField label={t('groups:filter.arrearsAtLeast')} value={form.arrearsAtLeast} onChange={set('arrearsAtLeast')} error={errors.arrearsAtLeastKopiyky} inputMode="decimal" testId="filter-arrears-at-least" />
          </fieldset>
          <fieldset className="field-row">
            <legend className="field__label">{t('groups:filter.created')}</legend>
            <TextField label={t('groups:filter.createdFrom')} type="date" value={form.createdFrom} onChange={set('createdFrom')} error={errors.createdFrom} testId="filter-created-from" />
            <TextField label={t('groups:filter.createdTo')} type="date" value={form.createdTo} onChange={set('createdTo')} error={errors.createdTo} testId="filter-created-to" />
          </fieldset>
          <fieldset className="field-row">
            <legend className="field__label">{t('groups:filter.contactDetails')}</legend>
            <TriStateField label={t('groups:filter.hasPhone')} value={form.hasPhone} onChange={set('hasPhone')} yes={t('groups:filter.yes')} no={t('groups:filter.no')} testId="filter-has-phone" />
            <TriStateField label={t('groups:filter.hasEmail')} value={form.hasEmail} onChange={set('hasEmail')} yes={t('groups:filter.yes')} no={t('groups:filter.no')} testId="filter-has-email" />
            <TriStateField label={t('groups:filter.hasConsent')} value={form.hasConsent} onChange={set('hasConsent')} yes={t('groups:filter.consentGiven')} no={t('groups:filter.consentMissing')} testId="filter-has-consent" />
          </fieldset>
        </div>
      </details>
      <button type="button" className="button button--secondary" onClick={() => onChange(EMPTY_FILTER_FORM)}>
        {t('groups:filter.clear')}
      </button>
    </fieldset>
  );
}
