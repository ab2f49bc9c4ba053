import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyUnitsDocument } from '../../gql/graphql';
import { EmptyState, ErrorState, LoadingState } from '../../lib/components/query-status';
import { useDocumentTitle } from '../../lib/use-document-title';
import { UnitCard } from './components/unit-card';

export function HomePage() {
  const { t } = useTranslation(['home']);
  useDocumentTitle(t('home:title'));
  const { data, error, refetch } = useQuery(MyUnitsDocument);
  const me = data?.me;

  return (
    <>
      <h1>{me ? t('home:greeting', { name: me.displayName }) : t('home:title')}</h1>
      <section aria-labelledby="my-units-heading">
        <h2 id="my-units-heading">{t('home:heading')}</h2>
        {data ? (
          me && me.roles.length > 0 ? (
            <>
              <p className="lead">{t('home:intro')}</p>
              <ul className="card-grid">
                {me.roles.map((assignment) => (
                  <UnitCard key={`${assignment.orgUnit.id}:${assignment.role}`} assignment={assignment} />
                ))}
              </ul>
            </>
          ) : (
            <EmptyState>{t('home:empty')}</EmptyState>
          )
        ) : error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <LoadingState />
        )}
      </section>
    </>
  );
}
