import type { TFunction } from 'i18next';
import type { UnsavedChange } from '../../lib/components/conflict-notice';
import type { ContactDraft, DraftField } from './contact-draft';

const LABEL_KEY = {
  lastName: 'contacts:field.lastName',
  firstName: 'contacts:field.firstName',
  patronymic: 'contacts:field.patronymic',
  gender: 'contacts:field.gender',
  birthDate: 'contacts:field.birthDate',
  contactType: 'contacts:field.contactType',
  phones: 'contacts:field.phones',
  emails: 'contacts:field.emails',
  addressRegion: 'contacts:field.addressRegion',
  addressSettlement: 'contacts:field.addressSettlement',
  addressStreet: 'contacts:field.addressStreet',
  consent: 'contacts:field.consent',
  tags: 'contacts:field.tags',
  source: 'contacts:field.source',
  notes: 'contacts:field.notes',
} as const satisfies Record<DraftField, string>;

/** The user's unsaved values, labelled and written out, for the conflict notice. */
export function describeChanges(values: Partial<ContactDraft>, t: TFunction<['contacts', 'common']>): UnsavedChange[] {
  return (Object.keys(LABEL_KEY) as DraftField[])
    .filter((field) => field in values)
    .map((field) => {
      const value = values[field];
      let text: string;
      if (Array.isArray(value)) text = value.filter((item) => item.trim() !== '').join(', ');
      else if (typeof value === 'boolean') text = value ? t('common:yes') : t('common:no');
      else if (field === 'gender' && value) text = t(`contacts:gender.${value as 'FEMALE' | 'MALE'}`);
      else if (field === 'contactType' && value) text = t(`contacts:contactType.${value as ContactDraft['contactType']}`);
      else text = value ?? '';
      return { label: t(LABEL_KEY[field]), value: text };
    });
}
