import { useTranslation } from 'react-i18next';
import type { ContactFilterInput } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { useFormatters } from '../../../lib/use-formatters';
import { useFilterPreview } from '../hooks/use-filter-preview';

/** The live count under the builder: how many contacts in your scope the criteria match, and the first few. */
export function FilterPreview({ filter }: { filter: ContactFilterInput | null }) {
  const { t, i18n } = useTranslation(['groups']);
  const format = useFormatters();
  const { preview, counting, error } = useFilterPreview(filter);
  let status: string;
  if (filter === null) status = t('groups:preview.fixErrors');
  else if (error) status = errorMessage(error, i18n);
  else if (!preview) status = t('groups:preview.counting');
  else status = t('groups:preview.count', { count: preview.count, formatted: format.number(preview.count) });
  return (
    <section className="filter-preview" aria-label={t('groups:preview.label')} aria-busy={counting}>
      <p className="filter-preview__count" role="status" data-testid="filter-preview-count" data-counting={counting ? 'true' : 'false'}>
        {status}
      </p>
      {filter !== null && preview && preview.sample.length > 0 && (
        <details className="filter-preview__sample">
          <summary>{t('groups:preview.sample')}</summary>
          <ul>
            {preview.sample.map((c) => (
              <li key={c.id}>{c.displayName}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
