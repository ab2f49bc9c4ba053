import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OrgUnitDocument, type OrgUnitQuery } from '../../gql/graphql';
import { EmptyState, ErrorState, LoadingState, NotFoundState } from '../../lib/components/query-status';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormatters } from '../../lib/use-formatters';
import { Breadcrumbs } from './components/breadcrumbs';
import { OrgUnitList } from './components/org-unit-list';
import { OrgUnitDues } from './components/org-unit-dues';

type Unit = NonNullable<OrgUnitQuery['orgUnit']>;

function OrgUnitDetails({ unit }: { unit: Unit }) {
  const { t } = useTranslation(['org']);
  const format = useFormatters();
  const name = format.name(unit);

  return (
    <>
      <Breadcrumbs ancestors={unit.ancestors} current={unit} />
      <header className="page-header">
        <p className="page-header__kicker">{t(`org:kind.${unit.kind}`)}</p>
        <h1 data-testid="org-unit-title">{name}</h1>
        <p className="page-header__meta" data-testid="org-unit-contact-count">
          {t('org:subtreeContacts', { count: unit.contactCount, formatted: format.number(unit.contactCount) })}
        </p>
        <Link to={`/contacts?unit=${encodeURIComponent(unit.id)}`} className="button button--primary" data-testid="view-contacts">
          {t('org:viewContacts')}
        </Link>
      </header>
      <section aria-labelledby="org-children-heading">
        <h2 id="org-children-heading">{t('org:childrenHeading')}</h2>
        {unit.children.length > 0 ? (
          <OrgUnitList units={unit.children} labelledBy="org-children-heading" />
        ) : (
          <EmptyState>{t('org:noChildren')}</EmptyState>
        )}
      </section>
      <OrgUnitDues unitId={unit.id} />
    </>
  );
}

export function OrgUnitPage() {
  const { t } = useTranslation(['org']);
  const { id = '' } = useParams();
  const format = useFormatters();
  const { data, error, refetch } = useQuery(OrgUnitDocument, { variables: { id } });
  useDocumentTitle(data?.orgUnit ? format.name(data.orgUnit) : data ? t('org:notFoundTitle') : t('org:title'));

  if (data?.orgUnit) return <OrgUnitDetails unit={data.orgUnit} />;
  if (data) {
    return (
      <NotFoundState title={t('org:notFoundTitle')}>
        <p>{t('org:notFoundText')}</p>
        <Link to="/org">{t('org:allUnits')}</Link>
      </NotFoundState>
    );
  }
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return <LoadingState />;
}
