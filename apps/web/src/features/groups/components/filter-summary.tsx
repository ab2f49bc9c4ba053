import { useTranslation } from 'react-i18next';
import type { ContactFilterFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { kopiykyToText } from '../filter-form';
import { useValueLabels } from '../use-value-labels';

/** A smart group's criteria in words, one line each. */
export function FilterSummary({ filter }: { filter: ContactFilterFieldsFragment }) {
  const { t } = useTranslation(['groups']);
  const format = useFormatters();
  const labels = useValueLabels();
  const names = new Map(filter.units.map((u) => [u.id, format.name(u)]));
  const yesNo = (value: boolean, yes: string, no: string) => (value ? yes : no);
  const lines: [string, string][] = [];
  if (filter.unitIds.length) lines.push([t('groups:filter.units'), filter.unitIds.map((id) => names.get(id) ?? id).join(', ')]);
  if (filter.membershipStatuses.length) lines.push([t('groups:filter.membershipStatuses'), filter.membershipStatuses.map(labels.status).join(', ')]);
  if (filter.membershipTypes.length) lines.push([t('groups:filter.membershipTypes'), filter.membershipTypes.map(labels.type).join(', ')]);
  if (filter.contactTypes.length) lines.push([t('groups:filter.contactTypes'), filter.contactTypes.map(labels.kind).join(', ')]);
  if (filter.genders.length) lines.push([t('groups:filter.genders'), filter.genders.map(labels.gender).join(', ')]);
  if (filter.tagsAny.length) lines.push([t('groups:filter.tagsAny'), filter.tagsAny.join(', ')]);
  if (filter.tagsAll.length) lines.push([t('groups:filter.tagsAll'), filter.tagsAll.join(', ')]);
  if (filter.ageMin != null || filter.ageMax != null) lines.push([t('groups:filter.age'), `${filter.ageMin ?? '…'}–${filter.ageMax ?? '…'}`]);
  if (filter.inArrears != null) lines.push([t('groups:filter.dues'), yesNo(filter.inArrears, t('groups:filter.inArrears'), t('groups:filter.notInArrears'))]);
  if (filter.arrearsAtLeastKopiyky != null) lines.push([t('groups:filter.arrearsAtLeast'), kopiykyToText(filter.arrearsAtLeastKopiyky)]);
  if (filter.createdFrom || filter.createdTo) lines.push([t('groups:filter.created'), `${filter.createdFrom ?? '…'} – ${filter.createdTo ?? '…'}`]);
  if (filter.hasPhone != null) lines.push([t('groups:filter.hasPhone'), yesNo(filter.hasPhone, t('groups:filter.yes'), t('groups:filter.no'))]);
  if (filter.hasEmail != null) lines.push([t('groups:filter.hasEmail'), yesNo(filter.hasEmail, t('groups:filter.yes'), t('groups:filter.no'))]);
  if (filter.hasConsent != null) lines.push([t('groups:filter.hasConsent'), yesNo(filter.hasConsent, t('groups:filter.consentGiven'), t('groups:filter.consentMissing'))]);

  return (
    <section className="card filter-summary" aria-labelledby="filter-summary-title" data-testid="filter-summary">
      <h2 id="filter-summary-title">{t('groups:group.criteria')}</h2>
      {lines.length === 0 ? (
        <p>{t('groups:group.noCriteria')}</p>
      ) : (
        <dl className="details">
          {lines.map(([label, value]) => (
            <div key={label} className="details__row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
