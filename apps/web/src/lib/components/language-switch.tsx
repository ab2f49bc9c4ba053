import { languages, type Language } from '@hromada/i18n';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../format';

const NAME_KEY = { en: 'common:language.en', uk: 'common:language.uk' } as const;
const SHORT_KEY = { en: 'common:language.enShort', uk: 'common:language.ukShort' } as const;
const DISPLAY_ORDER: readonly Language[] = ['uk', 'en'];

/** Two buttons, each named in its own language; the pressed one is the current language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation(['common']);
  const current = toLanguage(i18n.language);
  return (
    <div className="lang-switch" role="group" aria-label={t('common:language.label')}>
      {DISPLAY_ORDER.filter((lng) => languages.includes(lng)).map((lng) => (
        <button
          key={lng}
          type="button"
          className="lang-switch__button"
          data-testid={`lang-switch-${lng}`}
          lang={lng}
          aria-label={t(NAME_KEY[lng])}
          aria-pressed={current === lng}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {t(SHORT_KEY[lng])}
        </button>
      ))}
    </div>
  );
}
