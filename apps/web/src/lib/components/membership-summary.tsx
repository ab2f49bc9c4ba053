import { useTranslation } from 'react-i18next';
import type { MembershipStatus, MembershipType } from '../../gql/graphql';
import { useFormatters } from '../use-formatters';
import { DetailRow } from './detail-row';

export interface MembershipFields {
  membershipType?: MembershipType | null;
  membershipStatus?: MembershipStatus | null;
  membershipSince?: string | null;
  cardNumber?: string | null;
}

/** Membership as stored on the record, read-only: type, status, since when, card. */
export function MembershipSummary({ contact }: { contact: MembershipFields }) {
  const { t } = useTranslation(['contacts']);
  const format = useFormatters();
  if (!contact.membershipStatus) {
    return <p className="muted" data-testid="membership-none">{t('contacts:notMember')}</p>;
  }
  return (
    <dl className="details card" data-testid="membership-summary">
      {contact.membershipType && <DetailRow label={t('contacts:field.membershipType')}>{t(`contacts:membershipType.${contact.membershipType}`)}</DetailRow>}
      <DetailRow label={t('contacts:field.membershipStatus')} testId="membership-status">
        <span className="badge">{t(`contacts:membershipStatus.${contact.membershipStatus}`)}</span>
      </DetailRow>
      {contact.membershipSince && <DetailRow label={t('contacts:field.membershipSince')}>{format.date(contact.membershipSince)}</DetailRow>}
      {contact.cardNumber && <DetailRow label={t('contacts:field.cardNumber')}>{contact.cardNumber}</DetailRow>}
    </dl>
  );
}
