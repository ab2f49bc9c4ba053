import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RemoveContactRelationshipDocument, type ContactRelationshipsQuery } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { useFormatters } from '../../../lib/use-formatters';

type Relationship = NonNullable<ContactRelationshipsQuery['contact']>['relationships'][number];

/** One link: the other contact and who they are to this one; removal asks first. */
export function RelationshipItem({ relationship, canWrite, onRemoved }: { relationship: Relationship; canWrite: boolean; onRemoved: () => void }) {
  const { t, i18n } = useTranslation(['relationships']);
  const format = useFormatters();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [remove, { loading }] = useMutation(RemoveContactRelationshipDocument, {
    // Gone from both sides: lists that still point at it drop the dangling entry.
    update: (cache) => {
      cache.evict({ id: cache.identify({ __typename: 'ContactRelationshipView', id: relationship.id }) });
      cache.gc();
    },
  });
  const role = t(`relationships:role.${relationship.kind}`);
  const name = relationship.contact.displayName;

  async function confirm() {
    setError(null);
    try {
      await remove({ variables: { id: relationship.id } });
      onRemoved();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <li className="relationship" data-testid="relationship-item">
      <div className="relationship__main">
        <span className="relationship__role">{role}</span>
        <Link to={`/contacts/${relationship.contact.id}`}>{name}</Link>
        <span className="muted">{format.name(relationship.contact.orgUnit)}</span>
      </div>
      {canWrite && !confirming && (
        <button type="button" className="button button--secondary button--small" aria-label={t('relationships:removeLabel', { name })} data-testid="relationship-remove" onClick={() => setConfirming(true)}>
          {t('relationships:remove')}
        </button>
      )}
      {confirming && (
        <div className="relationship__confirm" role="group" aria-label={t('relationships:confirm', { name, role })}>
          <p>{t('relationships:confirm', { name, role })}</p>
          <div className="button-row">
            <button type="button" className="button button--primary button--small" data-testid="relationship-remove-confirm" disabled={loading} onClick={() => void confirm()}>
              {loading ? t('relationships:removing') : t('relationships:confirmYes')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => setConfirming(false)}>
              {t('relationships:confirmNo')}
            </button>
          </div>
          {error != null && (
            <p className="alert alert--error" role="alert">
              {errorMessage(error, i18n)}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
