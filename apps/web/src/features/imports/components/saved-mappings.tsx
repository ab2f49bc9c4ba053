import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ContactImportMappingsDocument } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { fieldLabelKey } from '../import-fields';

/** The column mappings the viewer saved: each applies by itself to a file with the same headers. */
export function SavedMappings() {
  const { t } = useTranslation(['imports']);
  const format = useFormatters();
  const { data } = useQuery(ContactImportMappingsDocument, { variables: { first: 10 }, fetchPolicy: 'cache-and-network' });
  const edges = data?.contactImportMappings.edges ?? [];
  return (
    <section aria-labelledby="saved-title">
      <h2 id="saved-title">{t('imports:saved.title')}</h2>
      <p className="muted">{edges.length > 0 ? t('imports:saved.intro') : t('imports:saved.empty')}</p>
      {edges.length > 0 && (
        <ul className="saved-mappings">
          {edges.map(({ node }) => (
            <li key={node.id} className="card saved-mappings__item" data-testid="saved-mapping">
              <p className="saved-mappings__columns">
                {node.headers.map((header, i) => `${header || '—'} → ${t(fieldLabelKey(node.mapping[i] ?? 'IGNORE'))}`).join('; ')}
              </p>
              <p className="muted">
                {t('imports:saved.usedAt')}: <time dateTime={node.updatedAt}>{format.dateTime(node.updatedAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
