import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RootOrgUnitsDocument } from '../../gql/graphql';
import { EmptyState, ErrorState, LoadingState } from '../../lib/components/query-status';
import { useDocumentTitle } from '../../lib/use-document-title';
import { OrgUnitList } from './components/org-unit-list';

export function OrgRootPage() {
  const { t } = useTranslation(['org']);
  useDocumentTitle(t('org:title'));
  const { data, error, refetch } = useQuery(RootOrgUnitsDocument);

  return (
    <>
      <h1 id="org-root-heading">{t('org:rootHeading')}</h1>
      {data ? (
        data.rootOrgUnits.length > 0 ? (
          <>
            <p className="lead">{t('org:rootIntro')}</p>
            <OrgUnitList units={data.rootOrgUnits} labelledBy="org-root-heading" />
          </>
        ) : (
          <EmptyState>{t('org:rootEmpty')}</EmptyState>
        )
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
    </>
  );
}
