import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DuesAdminDocument } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../lib/components/query-status';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ChargeRun } from './components/charge-run';
import { ScheduleForm } from './components/schedule-form';
import { SchedulesTable } from './components/schedules-table';
import './dues.css';

/** Dues for the organization: the tariff, the monthly charge run, bank statement imports. */
export function DuesAdminPage() {
  const { t } = useTranslation(['dues']);
  useDocumentTitle(t('dues:admin.title'));
  const { data, error, refetch } = useQuery(DuesAdminDocument);
  const [adding, setAdding] = useState(false);

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const { canRecord, canManageSchedules } = data.duesAccess;
  const ownContact = data.me?.contact?.id;

  return (
    <>
      <header className="page-header">
        <h1>{t('dues:admin.title')}</h1>
        <p className="lead">{t(canRecord ? 'dues:admin.intro' : 'dues:admin.introMember')}</p>
        {ownContact && (
          <Link to="/me" className="button" data-testid="dues-my-record">
            {t('dues:admin.myDues')}
          </Link>
        )}
      </header>

      <section aria-labelledby="dues-schedules-heading">
        <h2 id="dues-schedules-heading">{t('dues:schedules.heading')}</h2>
        <SchedulesTable schedules={data.duesSchedules} canManage={canManageSchedules} />
        {canManageSchedules &&
          (adding ? (
            <ScheduleForm onDone={() => setAdding(false)} />
          ) : (
            <p>
              <button type="button" className="button" data-testid="dues-schedule-add" onClick={() => setAdding(true)}>
                {t('dues:schedules.add')}
              </button>
            </p>
          ))}
      </section>

      {canRecord && (
        <>
          <section aria-labelledby="dues-charges-heading">
            <h2 id="dues-charges-heading">{t('dues:charges.heading')}</h2>
            <p className="lead">{t('dues:charges.intro')}</p>
            <ChargeRun />
          </section>
          <section aria-labelledby="dues-import-heading">
            <h2 id="dues-import-heading">{t('dues:import.heading')}</h2>
            <p className="lead">{t('dues:import.intro')}</p>
            <Link to="/dues/import" className="button button--primary" data-testid="dues-import-link">
              {t('dues:import.open')}
            </Link>
          </section>
        </>
      )}
    </>
  );
}
