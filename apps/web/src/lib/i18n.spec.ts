import { describe, expect, it } from 'vitest';
import { bindLanguageToDocument, createI18n, detectLanguage, LANGUAGE_STORAGE_KEY } from './i18n';

describe('detectLanguage', () => {
  it('uses the language chosen earlier', () => {
    expect(detectLanguage('en', ['uk-UA'])).toBe('en');
    expect(detectLanguage('uk', ['en-US'])).toBe('uk');
  });

  it('uses English when the browser prefers it', () => {
    expect(detectLanguage(null, ['en-US', 'uk'])).toBe('en');
  });

  it('defaults to Ukrainian', () => {
    expect(detectLanguage(null, ['uk-UA', 'en'])).toBe('uk');
    expect(detectLanguage(null, ['de-DE'])).toBe('uk');
    expect(detectLanguage('fr', [])).toBe('uk');
  });
});

describe('createI18n', () => {
  it('uses Ukrainian plural forms', () => {
    const i18n = createI18n('uk');
    const t = (count: number) => i18n.t('common:contactCount', { count, formatted: String(count) });
    expect(t(1)).toBe('1 контакт');
    expect(t(3)).toBe('3 контакти');
    expect(t(5)).toBe('5 контактів');
    expect(t(21)).toBe('21 контакт');
  });

  it('keeps <html lang> and the stored choice in step with the language', async () => {
    const i18n = createI18n('uk');
    const unbind = bindLanguageToDocument(i18n);
    expect(document.documentElement.lang).toBe('uk');
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    unbind();
  });
});
