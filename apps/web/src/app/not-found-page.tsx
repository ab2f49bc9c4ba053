import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundState } from '../lib/components/query-status';
import { useDocumentTitle } from '../lib/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation(['common']);
  useDocumentTitle(t('common:notFound.title'));
  return (
    <NotFoundState title={t('common:notFound.title')}>
      <p>{t('common:notFound.text')}</p>
      <Link to="/" className="button button--primary">
        {t('common:notFound.goHome')}
      </Link>
    </NotFoundState>
  );
}
