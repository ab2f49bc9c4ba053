import { useTranslation } from 'react-i18next';
import { DuesSection } from './components/dues-section';
import './dues.css';

/** A member's own dues on My profile (see app/my-profile-sections.tsx): balance, arrears and payment history. */
export function MyDuesSection({ contactId }: { contactId: string }) {
  const { t } = useTranslation(['dues']);
  return <DuesSection contactId={contactId} heading={t('dues:section.myHeading')} showCharges />;
}
