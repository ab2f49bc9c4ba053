import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeFor, localizedName } from '../../../lib/format';
import type { MembershipBranchFieldsFragment } from '../../../gql/graphql';

/** Dates and branch names of membership records in the UI language. */
export function useMembershipFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'long', timeZone: 'UTC' });
    const dayFormat = new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'long' });
    return {
      /** A calendar date (YYYY-MM-DD), the same day everywhere. */
      date: (iso: string) => {
        const [y, m, d] = iso.split('-').map(Number);
        return Number.isFinite(y) ? dateFormat.format(Date.UTC(y, m - 1, d)) : iso;
      },
      /** The day of a moment, in the viewer's zone. */
      dayOf: (timestamp: string) => dayFormat.format(new Date(timestamp)),
      branch: (unit: MembershipBranchFieldsFragment) => localizedName(unit, language),
      region: (unit: MembershipBranchFieldsFragment) =>
        unit.regionNameUk || unit.regionNameEn ? localizedName({ nameUk: unit.regionNameUk ?? '', nameEn: unit.regionNameEn ?? '' }, language) : null,
    };
  }, [language]);
}
