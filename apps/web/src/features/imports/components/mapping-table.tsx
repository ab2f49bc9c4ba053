import { useTranslation } from 'react-i18next';
import type { ImportField } from '../../../gql/graphql';
import { columnTitle, fieldLabelKey, IMPORT_FIELDS } from '../import-fields';

const EXAMPLES = 3;

interface MappingTableProps {
  headers: readonly string[];
  sample: readonly (readonly string[])[];
  mapping: readonly ImportField[];
  disabled: boolean;
  /** Columns whose choice the API refused (index → message). */
  problems: Readonly<Record<number, string>>;
  onChange(column: number, field: ImportField): void;
}

/** One row per column of the file: its header, a few values from it, and what it is imported as (a card each on phones). */
export function MappingTable({ headers, sample, mapping, disabled, problems, onChange }: MappingTableProps) {
  const { t } = useTranslation(['imports']);
  const untitled = (n: number) => t('imports:mapping.untitled', { n });
  const examples = (column: number) => [...new Set(sample.map((row) => row[column]?.trim() ?? '').filter(Boolean))].slice(0, EXAMPLES);

  return (
    <table className="data-table import-table mapping-table" data-testid="import-mapping">
      <caption className="visually-hidden">{t('imports:mapping.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('imports:mapping.column')}</th>
          <th scope="col">{t('imports:mapping.examples')}</th>
          <th scope="col">{t('imports:mapping.field')}</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((_, column) => {
          const title = columnTitle(headers, column, untitled);
          const values = examples(column);
          const problem = problems[column];
          return (
            <tr key={column} data-testid="import-mapping-row">
              <th scope="row" className="import-table__main">
                {title}
              </th>
              <td data-label={t('imports:mapping.examples')} className="mapping-table__examples">
                {values.length > 0 ? values.join(' · ') : <span className="muted">{t('imports:mapping.noExamples')}</span>}
              </td>
              <td data-label={t('imports:mapping.field')}>
                <select
                  className="input"
                  aria-label={`${t('imports:mapping.field')}: ${title}`}
                  aria-invalid={problem ? true : undefined}
                  data-testid={`import-mapping-select-${column}`}
                  value={mapping[column] ?? 'IGNORE'}
                  disabled={disabled}
                  onChange={(event) => onChange(column, event.target.value as ImportField)}
                >
                  {IMPORT_FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {t(fieldLabelKey(field))}
                    </option>
                  ))}
                </select>
                {problem && <p className="field__error">{problem}</p>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
