import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EndDuesScheduleDocument, type DuesAdminQuery } from '../../../gql/graphql';
import { DialogFooter } from '../../../lib/components/dialog-footer';
import { FieldShell } from '../../../lib/components/form-field';
import { formErrors } from '../../../lib/errors';
import { useFormatters } from '../../../lib/use-formatters';

type Schedule = DuesAdminQuery['duesSchedules'][number];

/** Sets the last day an open-ended schedule applies. */
function EndSchedule({ schedule, onDone }: { schedule: Schedule; onDone: () => void }) {
  const { t, i18n } = useTranslation(['dues', 'errors']);
  const [validTo, setValidTo] = useState('');
  const [end, { loading, error }] = useMutation(EndDuesScheduleDocument);
  const problems = error ? formErrors(error, i18n, ['validTo']) : { fields: {} as { validTo?: string }, general: [] };
  const message = problems.fields.validTo ?? problems.general[0];
  return (
    <form
      className="row-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        try {
          await end({ variables: { id: schedule.id, validTo } });
          onDone();
        } catch {
          // shown from `error`
        }
      }}
    >
      <FieldShell label={t('dues:schedules.lastDay')} error={message} announce>
        {(control) => <input {...control} className="input" type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} />}
      </FieldShell>
      <DialogFooter
        confirmLabel={t('dues:schedules.end')}
        busyLabel={t('dues:schedules.end')}
        busy={loading}
        small
        cancelLabel={t('dues:form.cancel')}
        onCancel={onDone}
      />
    </form>
  );
}

/** The tariff: every schedule, current and past; who may change it can end an open one. */
export function SchedulesTable({ schedules, canManage }: { schedules: readonly Schedule[]; canManage: boolean }) {
  const { t } = useTranslation(['dues']);
  const format = useFormatters();
  const [ending, setEnding] = useState<string | null>(null);
  if (schedules.length === 0) return <p className="muted">{t('dues:schedules.none')}</p>;
  return (
    <table className="data-table money-table" data-testid="dues-schedules">
      <thead>
        <tr>
          <th scope="col">{t('dues:schedules.type')}</th>
          <th scope="col">{t('dues:schedules.amount')}</th>
          <th scope="col">{t('dues:schedules.valid')}</th>
          {canManage && <th scope="col"><span className="visually-hidden">{t('dues:list.actions')}</span></th>}
        </tr>
      </thead>
      <tbody>
        {schedules.map((s) => (
          <tr key={s.id} data-testid="dues-schedule-row">
            <td data-label={t('dues:schedules.type')}>{t(`dues:membershipType.${s.membershipType}`)}</td>
            <td data-label={t('dues:schedules.amount')} className="money-table__amount">
              {t(`dues:schedules.per.${s.period}`, { amount: format.money(s.amountKopiyky) })}
            </td>
            <td data-label={t('dues:schedules.valid')}>
              {s.validTo ? t('dues:schedules.fromTo', { from: format.date(s.validFrom), to: format.date(s.validTo) }) : t('dues:schedules.fromOpen', { from: format.date(s.validFrom) })}
            </td>
            {canManage && (
              <td data-label={t('dues:list.actions')}>
                {ending === s.id ? (
                  <EndSchedule schedule={s} onDone={() => setEnding(null)} />
                ) : (
                  !s.validTo && (
                    <button type="button" className="button button--secondary button--small" onClick={() => setEnding(s.id)}>
                      {t('dues:schedules.end')}
                    </button>
                  )
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
