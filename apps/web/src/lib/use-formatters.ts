import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '@hromada/shared';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatPeriod, localizedName, toLanguage, type LocalizedNames } from './format';

/** Formatting bound to the current UI language; re-renders when the language changes. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  return useMemo(
    () => ({
      language,
      number: (value: number) => formatNumber(value, language),
      dateTime: (iso: string) => formatDateTime(iso, language),
      date: (isoDate: string) => formatDate(isoDate, language),
      money: (kopiyky: number | string) => formatMoney(kopiyky, language),
      phone: (e164: string) => formatPhone(e164),
      period: (period: string) => formatPeriod(period, language),
      name: (unit: LocalizedNames) => localizedName(unit, language),
    }),
    [language],
  );
}
