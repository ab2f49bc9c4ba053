import { useTranslation } from 'react-i18next';
import type { DuplicateRule } from '../../../gql/graphql';

/** Why the pair was found, one badge per rule. */
export function RuleBadges({ rules }: { rules: readonly DuplicateRule[] }) {
  const { t } = useTranslation(['duplicates']);
  return (
    <ul className="rule-badges">
      {rules.map((rule) => (
        <li key={rule} className="badge" data-testid="pair-rule">
          {t(`duplicates:rule.${rule}`)}
        </li>
      ))}
    </ul>
  );
}
