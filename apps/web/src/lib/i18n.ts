import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  defaultLanguage,
  defaultNamespace,
  isLanguage,
  languages,
  namespaces,
  resources,
  type Language,
} from '@hromada/i18n';

export const LANGUAGE_STORAGE_KEY = 'hromada.lang';

function readStoredLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage disabled (private mode, strict settings)
  }
}

/**
 * The language to start in: the one chosen earlier on this device, otherwise English
 * when the browser prefers it over Ukrainian, otherwise Ukrainian.
 */
export function detectLanguage(
  stored: string | null = readStoredLanguage(),
  preferred: readonly string[] = globalThis.navigator?.languages ?? [],
): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return defaultLanguage;
}

/** A ready-to-use i18next instance with every namespace bundled (no loading step). */
export function createI18n(lng: Language = defaultLanguage): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    supportedLngs: [...languages],
    ns: [...namespaces],
    defaultNS: defaultNamespace,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    react: { useSuspense: false },
  });
  return instance;
}

/** Keeps `<html lang>` and the stored choice in step with the current language. */
export function bindLanguageToDocument(instance: I18n): () => void {
  const apply = (lng: string) => {
    document.documentElement.lang = lng;
    try {
      globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lng);
    } catch {
      // ignore: the choice simply won't survive a reload
    }
  };
  document.documentElement.lang = instance.language;
  instance.on('languageChanged', apply);
  return () => instance.off('languageChanged', apply);
}

export function currentLanguage(instance: I18n): Language {
  const lng = instance.resolvedLanguage ?? instance.language;
  return isLanguage(lng) ? lng : defaultLanguage;
}
