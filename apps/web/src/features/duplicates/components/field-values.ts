import { useTranslation } from 'react-i18next';
import type { MergeSideField } from '@hromada/shared';
import type { MergeContactFragment } from '../../../gql/graphql';
import { localeFor } from '../../../lib/format';
import { useFormatters } from '../../../lib/use-formatters';

/** A calendar date (YYYY-MM-DD) in the UI language, never shifted by a time zone. */
export function formatIsoDate(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** How each field of a record reads on the compare page; null when the record has none. */
export function useFieldText() {
  const { t } = useTranslation(['duplicates']);
  const format = useFormatters();
  const date = (iso: string) => formatIsoDate(iso, format.language);
  return (contact: MergeContactFragment, field: MergeSideField | 'notes'): string | null => {
    switch (field) {
      case 'gender':
        return contact.gender ? t(`duplicates:value.gender.${contact.gender}`) : null;
      case 'birthDate':
        return contact.birthDate ? date(contact.birthDate) : null;
      case 'contactType':
        return t(`duplicates:value.contactType.${contact.contactType}`);
      case 'address':
        return [contact.addressRegion, contact.addressSettlement, contact.addressStreet].filter(Boolean).join(', ') || null;
      case 'consent':
        if (!contact.consentAt) return null;
        return contact.consentVersion
          ? t('duplicates:value.consentGiven', { date: format.dateTime(contact.consentAt), version: contact.consentVersion })
          : t('duplicates:value.consentGivenNoVersion', { date: format.dateTime(contact.consentAt) });
      case 'membership': {
        if (!contact.membershipStatus) return null;
        const status = t(`duplicates:value.membershipStatus.${contact.membershipStatus}`);
        const since = contact.membershipSince ? t('duplicates:value.membershipSince', { status, date: date(contact.membershipSince) }) : status;
        return contact.cardNumber ? `${since}, ${t('duplicates:value.card', { number: contact.cardNumber })}` : since;
      }
      default:
        return contact[field] || null;
    }
  };
}
