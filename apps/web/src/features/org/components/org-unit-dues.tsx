import { useQuery } from '@apollo/client/react';
import { calendarDateIn } from '@hromada/shared';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OrgUnitDuesDocument, type OrgUnitDuesFieldsFragment } from '../../../gql/graphql';
import { FieldShell } from '../../../lib/components/form-field';
import { ErrorState, LoadingState } from '../../../lib/components/query-status';
import { useFormatters } from '../../../lib/use-formatters';
import '../org-unit-dues.css';

const COLUMNS = ['chargedKopiyky', 'paidKopiyky', 'arrearsKopiyky', 'membersInArrears', 'contributionsKopiyky'] as const;

/**
 * Dues of the unit and of each unit inside it over a range of months: charged, paid, owed
 * now, members owing, contributions. Branch figures add up to their region and the nation.
 * Nothing is shown to a viewer without dues scope.
 */
export function OrgUnitDues({ unitId }: { unitId: string }) {
  const { t } = useTranslation(['org']);
  const format = useFormatters();
  const id = useId();
  const thisMonth = calendarDateIn(Intl.DateTimeFormat().resolvedOptions().timeZone).slice(0, 7);
  const [range, setRange] = useState({ from: `${thisMonth.slice(0, 4)}-01`, to: thisMonth });
  const valid = /^\d{4}-\d{2}$/.test(range.from) && /^\d{4}-\d{2}$/.test(range.to) && range.from <= range.to;
  const { data, previousData, error, refetch } = useQuery(OrgUnitDuesDocument, { variables: { id: unitId, ...range }, skip: !valid });
  const unit = (data ?? previousData)?.orgUnit;

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!unit) return valid ? <LoadingState /> : null;
  if (!unit.dues) return null;

  const cell = (dues: OrgUnitDuesFieldsFragment | null | undefined, column: (typeof COLUMNS)[number]) =>
    !dues ? '—' : column === 'membersInArrears' ? format.number(dues[column]) : format.money(dues[column]);
  const rows = [{ id: unit.id, label: t('org:dues.wholeUnit'), dues: unit.dues, link: false }, ...unit.children.map((c) => ({ id: c.id, label: format.name(c), dues: c.dues, link: true }))];

  return (
    <section aria-labelledby={`${id}-heading`} data-testid="org-unit-dues">
      <h2 id={`${id}-heading`}>{t('org:dues.heading')}</h2>
      <div className="rollup-range">
        <FieldShell label={t('org:dues.from')}>
          {(control) => <input {...control} className="input" type="month" value={range.from} onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))} />}
        </FieldShell>
        <FieldShell label={t('org:dues.to')}>
          {(control) => <input {...control} className="input" type="month" value={range.to} onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))} />}
        </FieldShell>
      </div>
      {!valid && <p className="field__error">{t('org:dues.rangeInvalid')}</p>}
      <table className="data-table rollup-table">
        <thead>
          <tr>
            <th scope="col">{t('org:dues.unit')}</th>
            {COLUMNS.map((c) => (
              <th scope="col" key={c}>
                {t(`org:dues.column.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid={row.link ? 'org-dues-child' : 'org-dues-unit'}>
              <th scope="row">{row.link ? <Link to={`/org/${row.id}`}>{row.label}</Link> : row.label}</th>
              {COLUMNS.map((c) => (
                <td key={c} data-label={t(`org:dues.column.${c}`)} className={c === 'arrearsKopiyky' && (row.dues?.arrearsKopiyky ?? 0) > 0 ? 'rollup-table__owing' : undefined}>
                  {cell(row.dues, c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('org:dues.note')}</p>
    </section>
  );
}
