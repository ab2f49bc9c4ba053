import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContactGroupsQuery } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';

type Group = ContactGroupsQuery['contactGroups']['edges'][number]['node'];

/** Groups as a list of cards: name, kind, size within your scope, owner. */
export function GroupList({ groups }: { groups: readonly Group[] }) {
  const { t } = useTranslation(['groups']);
  const format = useFormatters();
  return (
    <ul className="group-list" aria-label={t('groups:list.caption')}>
      {groups.map((group) => (
        <li key={group.id} className="group-list__item" data-testid="group-row">
          <Link to={`/groups/${group.id}`} className="card card--link">
            <span className="unit-card__name">{group.name}</span>
            <span className="unit-list__meta">
              <span className="badge">{group.kind === 'SMART' ? t('groups:kind.smart') : t('groups:kind.static')}</span>
              <span data-testid="group-row-count">{t('groups:contactCount', { count: group.count, formatted: format.number(group.count) })}</span>
              <span>{t('groups:ownedBy', { unit: format.name(group.orgUnit) })}</span>
            </span>
            {group.description && <span className="group-list__description">{group.description}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
