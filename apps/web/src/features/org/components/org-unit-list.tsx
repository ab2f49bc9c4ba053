import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OrgUnitKind } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';

export interface OrgUnitListItem {
  id: string;
  nameUk: string;
  nameEn: string;
  kind: OrgUnitKind;
  childCount: number;
  contactCount: number;
}

/** Units to drill into: each row is one big link to the unit's page. */
export function OrgUnitList({ units, labelledBy }: { units: readonly OrgUnitListItem[]; labelledBy?: string }) {
  const { t } = useTranslation(['org', 'common']);
  const format = useFormatters();
  return (
    <ul className="unit-list" data-testid="org-children" aria-labelledby={labelledBy}>
      {units.map((unit) => (
        <li key={unit.id} data-testid="org-child">
          <Link to={`/org/${unit.id}`} className="unit-list__link">
            <span className="unit-list__name">{format.name(unit)}</span>
            <span className="unit-list__meta">
              <span className="badge">{t(`org:kind.${unit.kind}`)}</span>
              {unit.childCount > 0 && (
                <span>{t('org:childCount', { count: unit.childCount, formatted: format.number(unit.childCount) })}</span>
              )}
              <span>{t('common:contactCount', { count: unit.contactCount, formatted: format.number(unit.contactCount) })}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
