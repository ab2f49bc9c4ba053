import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactRelationshipsDocument } from '../../gql/graphql';
import { EmptyState, ErrorState, LoadingState } from '../../lib/components/query-status';
import { AddRelationshipForm } from './components/add-relationship-form';
import { RelationshipItem } from './components/relationship-item';
import './relationships.css';

/** Links between this contact and others the viewer can see, both directions. */
export function RelationshipsSection({ contactId, canWrite }: { contactId: string; canWrite: boolean }) {
  const { t } = useTranslation(['relationships']);
  const { data, error, refetch } = useQuery(ContactRelationshipsDocument, { variables: { id: contactId } });
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const contact = data?.contact ?? null;

  const changed = (message: string | null) => {
    setNotice(message);
    void refetch();
  };

  return (
    <section className="record-section" aria-labelledby="relationships-title" data-testid="relationships-section">
      <div className="record-section__header">
        <h2 id="relationships-title">{t('relationships:title')}</h2>
        {canWrite && contact && !adding && (
          <button
            type="button"
            className="button"
            data-testid="relationship-add-open"
            onClick={() => {
              setNotice(null);
              setAdding(true);
            }}
          >
            {t('relationships:add.open')}
          </button>
        )}
      </div>
      {adding && contact && (
        <AddRelationshipForm
          contactId={contactId}
          contactName={contact.displayName}
          onCancel={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            changed(t('relationships:add.added'));
          }}
        />
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {!contact ? (
        error ? <ErrorState error={error} onRetry={() => void refetch()} /> : data ? null : <LoadingState />
      ) : contact.relationships.length === 0 ? (
        <EmptyState>{t('relationships:empty')}</EmptyState>
      ) : (
        <ul className="relationship-list card">
          {contact.relationships.map((relationship) => (
            <RelationshipItem key={relationship.id} relationship={relationship} canWrite={canWrite} onRemoved={() => changed(null)} />
          ))}
        </ul>
      )}
    </section>
  );
}
