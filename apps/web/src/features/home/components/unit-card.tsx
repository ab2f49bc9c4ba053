import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MyUnitsQuery } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';

type Role = NonNullable<MyUnitsQuery['me']>['roles'][number];

const ROLE_KEYS = {
  admin: 'org:role.admin',
  manager: 'org:role.manager',
  branch_head: 'org:role.branch_head',
  member: 'org:role.member',
} as const;

function isKnownRole(role: string): role is keyof typeof ROLE_KEYS {
  return role in ROLE_KEYS;
}

export function UnitCard({ assignment }: { assignment: Role }) {
  const { t } = useTranslation(['home', 'org', 'common']);
  const format = useFormatters();
  const { orgUnit: unit, role, reach } = assignment;
  const count = unit.contactCount;
  return (
    <li>
      <Link to={`/org/${unit.id}`} className="card card--link unit-card" data-testid="home-unit-card">
        <span className="unit-card__kind">{t(`org:kind.${unit.kind}`)}</span>
        <span className="unit-card__name">{format.name(unit)}</span>
        <span className="unit-card__meta">
          <span>
            {t('home:role')}: <strong>{isKnownRole(role) ? t(ROLE_KEYS[role]) : role}</strong>
          </span>
          <span>
            {t('home:reach')}: <strong>{t(`org:reach.${reach}`)}</strong>
          </span>
          <span>{t('common:contactCount', { count, formatted: format.number(count) })}</span>
        </span>
      </Link>
    </li>
  );
}
