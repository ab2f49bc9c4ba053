import type { i18n as I18n, TFunction } from 'i18next';
import { formErrors } from '../../lib/errors';
import type { SummaryItem } from '../../lib/components/error-summary';
import { fieldId } from './components/contact-form-fields';
import { CONTACT_FORM_FIELDS } from './contact-draft';

export interface ContactFormErrors {
  fields: Partial<Record<string, string>>;
  summary: SummaryItem[];
}

export const NO_ERRORS: ContactFormErrors = { fields: {}, summary: [] };

/** The field a problem is shown at and linked to: tags have one box for all of them. */
const targetOf = (field: string) => (field.startsWith('tags.') ? 'tags' : field === 'consentVersion' ? 'consentVersion' : field);

function labelOf(field: string, t: TFunction<['contacts']>): string {
  const [list, index] = field.split('.');
  if (list === 'phones' && index !== undefined) return t('contacts:form.phoneN', { n: Number(index) + 1 });
  if (list === 'emails' && index !== undefined) return t('contacts:form.emailN', { n: Number(index) + 1 });
  if (list === 'orgUnitId') return t('contacts:field.unit');
  if (list === 'consentVersion') return t('contacts:field.consent');
  return t(`contacts:field.${list as 'tags'}`);
}

/** A refused save as messages beside fields and a summary linking to each, translated now. */
export function contactFormErrors(error: unknown, i18n: I18n, t: TFunction<['contacts']>, idPrefix: string): ContactFormErrors {
  if (!error) return NO_ERRORS;
  const { fields, general } = formErrors(error, i18n, CONTACT_FORM_FIELDS);
  const summary: SummaryItem[] = [
    ...Object.entries(fields).map(([field, text]) => ({ target: fieldId(idPrefix, targetOf(field)), text: `${labelOf(field, t)}: ${text}` })),
    ...general.map((text) => ({ text })),
  ];
  return { fields, summary };
}
