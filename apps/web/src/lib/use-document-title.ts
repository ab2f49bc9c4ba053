import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the translated browser tab title, e.g. "Contacts · Hromada". */
export function useDocumentTitle(page?: string | null) {
  const { t } = useTranslation(['common']);
  const title = page ? t('common:pageTitle', { page }) : t('common:appName');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
