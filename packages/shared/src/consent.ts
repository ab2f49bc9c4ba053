/**
 * The consent text a person agrees to when their data is recorded. Political opinion is a
 * special category of personal data, so the version they agreed to is kept with the time;
 * a new wording gets a new version here and in the i18n consent texts.
 */
export const CURRENT_CONSENT_VERSION = '2026-11';
