import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';

interface Crumb {
  id: string;
  nameUk: string;
  nameEn: string;
  depth: number;
}

/** "All units › Region › District › (this unit)"; every step except the last is a link. */
export function Breadcrumbs({ ancestors, current }: { ancestors: readonly Crumb[]; current: Crumb }) {
  const { t } = useTranslation(['org']);
  const format = useFormatters();
  const path = ancestors.filter((unit) => unit.id !== current.id).sort((a, b) => a.depth - b.depth);
  return (
    <nav className="breadcrumbs" aria-label={t('org:breadcrumbs')} data-testid="breadcrumbs">
      <ol>
        <li>
          <Link to="/org">{t('org:allUnits')}</Link>
        </li>
        {path.map((unit) => (
          <li key={unit.id}>
            <Link to={`/org/${unit.id}`}>{format.name(unit)}</Link>
          </li>
        ))}
        <li aria-current="page">{format.name(current)}</li>
      </ol>
    </nav>
  );
}
