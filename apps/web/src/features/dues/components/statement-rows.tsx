import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankRowStatus, ImportBankStatementMutation } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { ContactPicker } from './contact-picker';

export type StatementRow = ImportBankStatementMutation['importBankStatement']['rows'][number];

const BADGE: Record<BankRowStatus, string> = {
  MATCHED: 'badge--ok',
  UNMATCHED: 'badge--warn',
  DUPLICATE: 'badge--muted',
  DEBIT: 'badge--muted',
  INVALID: 'badge--error',
  EXCLUDED: 'badge--muted',
};

/**
 * The statement's rows with what will happen to each: matched rows can be left out, rows
 * nobody was matched to can be given a contact by hand. A table; cards at phone width.
 */
export function StatementRows(props: {
  rows: readonly StatementRow[];
  onMatch: (line: number, contact: { id: string; displayName: string }) => void;
  onExclude: (line: number, excluded: boolean) => void;
  busy: boolean;
}) {
  const { t } = useTranslation(['dues']);
  const format = useFormatters();
  const [picking, setPicking] = useState<number | null>(null);
  return (
    <table className="data-table money-table statement-rows" data-testid="dues-statement-rows">
      <thead>
        <tr>
          <th scope="col">{t('dues:import.line')}</th>
          <th scope="col">{t('dues:list.date')}</th>
          <th scope="col">{t('dues:list.amount')}</th>
          <th scope="col">{t('dues:import.payerPurpose')}</th>
          <th scope="col">{t('dues:import.result')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.line} data-testid="dues-statement-row" data-status={row.status}>
            <td data-label={t('dues:import.line')}>{row.line}</td>
            <td data-label={t('dues:list.date')}>{row.date ? format.date(row.date) : '—'}</td>
            <td data-label={t('dues:list.amount')} className="money-table__amount">
              {row.amountKopiyky === null || row.amountKopiyky === undefined ? '—' : format.money(row.amountKopiyky)}
            </td>
            <td data-label={t('dues:import.payerPurpose')} className="money-table__details">
              {row.payer && <strong>{row.payer}</strong>} {row.purpose}
            </td>
            <td data-label={t('dues:import.result')}>
              <span className={`badge ${BADGE[row.status]}`}>{t(`dues:import.status.${row.status}`)}</span>
              {row.contact && (
                <span className="statement-rows__contact" data-testid="dues-statement-contact">
                  {row.contact.displayName}
                  {row.matchedBy && <span className="muted"> · {t(`dues:import.matchedBy.${row.matchedBy}`)}</span>}
                </span>
              )}
              {row.reason && <span className="muted statement-rows__reason">{(t as (key: string) => string)(row.reason)}</span>}
              {row.status === 'UNMATCHED' &&
                (picking === row.line ? (
                  <ContactPicker
                    onPick={(contact) => {
                      setPicking(null);
                      props.onMatch(row.line, contact);
                    }}
                    onCancel={() => setPicking(null)}
                  />
                ) : (
                  <button type="button" className="button button--small" data-testid="dues-statement-choose" disabled={props.busy} onClick={() => setPicking(row.line)}>
                    {t('dues:import.choose')}
                  </button>
                ))}
              {(row.status === 'MATCHED' || row.status === 'EXCLUDED') && (
                <label className="checkbox">
                  <input type="checkbox" checked={row.status === 'MATCHED'} disabled={props.busy} onChange={(e) => props.onExclude(row.line, !e.target.checked)} />
                  {t('dues:import.include')}
                </label>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
