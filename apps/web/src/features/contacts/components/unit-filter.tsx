import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ContactsUnitDocument } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';

/** "Unit: Kyiv region  [Show contacts from all units]" above the list. */
export function UnitFilter({ unitId, onClear }: { unitId: string; onClear: () => void }) {
  const { t } = useTranslation(['contacts', 'common']);
  const format = useFormatters();
  const { data } = useQuery(ContactsUnitDocument, { variables: { id: unitId } });
  const name = data?.orgUnit ? format.name(data.orgUnit) : t('common:status.loading');
  return (
    <div className="filter-chip" data-testid="contacts-unit-filter">
      <span className="filter-chip__label">{t('contacts:unitFilter', { name })}</span>
      <button type="button" className="button button--secondary" onClick={onClear}>
        {t('contacts:clearUnit')}
      </button>
    </div>
  );
}
