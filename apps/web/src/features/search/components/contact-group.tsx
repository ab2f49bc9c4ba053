import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import type { ContactGroup as Group } from '../hooks/use-header-search';
import type { SearchOption } from '../search-options';

interface ContactGroupProps {
  group: Group;
  options: readonly Extract<SearchOption, { kind: 'contact' }>[];
  headingId: string;
  activeKey: string | null;
  optionId: (key: string) => string;
  onSelect: (option: SearchOption) => void;
}

/** The contacts found: a heading with how many there are in all, then one option per contact. */
export function ContactGroup({ group, options, headingId, activeKey, optionId, onSelect }: ContactGroupProps) {
  const { t } = useTranslation(['search']);
  const format = useFormatters();
  const name = t('search:group.contacts');
  // Close spellings come with no count of exact matches (there are none), so only the name is shown.
  const heading = group.similar
    ? name
    : t(group.totalCountCapped ? 'search:groupCountCapped' : 'search:groupCount', {
        group: name,
        formatted: format.number(group.totalCount),
      });

  return (
    <ul role="group" aria-labelledby={headingId} className="header-search__group" data-testid="header-search-group">
      <li role="presentation" id={headingId} className="header-search__heading">
        <span data-testid="header-search-group-heading">{heading}</span>
        {group.similar && (
          <span className="header-search__note" data-testid="header-search-similar">
            {t('search:similar')}
          </span>
        )}
      </li>
      {options.map((option) => {
        const { contact } = option;
        const details = [format.name(contact.orgUnit), contact.phone, contact.email].filter(Boolean).join(' · ');
        return (
          <li
            key={option.key}
            id={optionId(option.key)}
            role="option"
            aria-selected={option.key === activeKey}
            className="header-search__option"
            data-testid="header-search-option"
            onClick={() => onSelect(option)}
          >
            <span className="header-search__name">{contact.displayName}</span>
            <span className="header-search__details">{details}</span>
          </li>
        );
      })}
    </ul>
  );
}
