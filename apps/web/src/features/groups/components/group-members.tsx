import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RemoveContactsFromGroupDocument, type ContactGroupQuery } from '../../../gql/graphql';
import { EmptyState } from '../../../lib/components/query-status';
import { errorMessage } from '../../../lib/errors';
import { useFormatters } from '../../../lib/use-formatters';

type Contacts = NonNullable<ContactGroupQuery['contactGroup']>['contacts'];

/** The group's contacts within your scope, by name; a static group's you may edit can be taken out. */
export function GroupMembers({ groupId, contacts, canRemove, onShowMore, loadingMore }: {
  groupId: string;
  contacts: Contacts;
  canRemove: boolean;
  onShowMore: () => void;
  loadingMore: boolean;
}) {
  const { t, i18n } = useTranslation(['groups', 'contacts']);
  const format = useFormatters();
  const [remove, { loading: removing }] = useMutation(RemoveContactsFromGroupDocument, { refetchQueries: 'active' });
  const [error, setError] = useState<unknown>(null);

  async function handleRemove(contactId: string) {
    setError(null);
    try {
      await remove({ variables: { groupId, contactIds: [contactId] } });
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section className="group-members" aria-labelledby="group-members-title">
      <h2 id="group-members-title">{t('groups:group.members')}</h2>
      {error != null && (
        <p className="alert alert--error" role="alert">
          {errorMessage(error, i18n)}
        </p>
      )}
      {contacts.edges.length === 0 ? (
        <EmptyState>{t('groups:group.empty')}</EmptyState>
      ) : (
        <ul className="member-list" aria-label={t('groups:group.membersCaption')}>
          {contacts.edges.map(({ node }) => (
            <li key={node.id} className="member-list__item" data-testid="group-member">
              <div className="member-list__main">
                <Link to={`/contacts/${node.id}`} className="member-list__name">
                  {node.displayName}
                </Link>
                <span className="member-list__meta">
                  {[node.phone, node.email, format.name(node.orgUnit)].filter(Boolean).join(' · ')}
                </span>
                {node.tags.length > 0 && <span className="member-list__tags">{node.tags.join(', ')}</span>}
              </div>
              {canRemove && (
                <button type="button" className="button button--secondary button--small" disabled={removing} aria-label={t('groups:group.removeName', { name: node.displayName })} onClick={() => void handleRemove(node.id)}>
                  {t('groups:group.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {contacts.pageInfo.hasNextPage && (
        <button type="button" className="button button--secondary button--wide" disabled={loadingMore} onClick={onShowMore} data-testid="group-members-more">
          {loadingMore ? t('groups:list.loadingMore') : t('groups:list.showMore')}
        </button>
      )}
    </section>
  );
}
