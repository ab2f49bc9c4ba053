import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RecentImports } from './components/recent-imports';
import { SavedMappings } from './components/saved-mappings';
import { UploadZone } from './components/upload-zone';
import './imports.css';

/** Start an import (drop or choose a file) and find the earlier ones. */
export function ImportsPage() {
  const { t } = useTranslation(['imports']);
  useDocumentTitle(t('imports:title'));
  return (
    <>
      <h1>{t('imports:title')}</h1>
      <UploadZone />
      <RecentImports />
      <SavedMappings />
    </>
  );
}
