import { useTranslation } from 'react-i18next';
import { DuesSection } from './components/dues-section';
import './dues.css';

/** The dues section of the contact page (see app/contact-sections.tsx). */
export function DuesContactSection({ contactId }: { contactId: string; canWrite: boolean }) {
  const { t } = useTranslation(['dues']);
  return <DuesSection contactId={contactId} heading={t('dues:section.heading')} showCharges />;
}
