import enAuth from '../locales/en/auth.json';
import enCommon from '../locales/en/common.json';
import enContacts from '../locales/en/contacts.json';
import enDues from '../locales/en/dues.json';
import enErrors from '../locales/en/errors.json';
import enHome from '../locales/en/home.json';
import enOrg from '../locales/en/org.json';
import ukAuth from '../locales/uk/auth.json';
import ukCommon from '../locales/uk/common.json';
import ukContacts from '../locales/uk/contacts.json';
import ukDues from '../locales/uk/dues.json';
import ukErrors from '../locales/uk/errors.json';
import ukHome from '../locales/uk/home.json';
import ukOrg from '../locales/uk/org.json';

/** Languages the interface is written in; the first one is the default. */
export const languages = ['uk', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'uk';

export const namespaces = ['common', 'auth', 'home', 'org', 'contacts', 'errors', 'dues'] as const;
export type Namespace = (typeof namespaces)[number];
export const defaultNamespace = 'common' satisfies Namespace;

/** English is the reference language: its keys are the typed keys of the app. */
const en = {
  common: enCommon,
  auth: enAuth,
  home: enHome,
  org: enOrg,
  contacts: enContacts,
  errors: enErrors,
  dues: enDues,
};

/** Typed as a record of namespaces so a missing namespace in one language fails to compile. */
const uk: Record<Namespace, object> = {
  common: ukCommon,
  auth: ukAuth,
  home: ukHome,
  org: ukOrg,
  contacts: ukContacts,
  errors: ukErrors,
  dues: ukDues,
};

export type ReferenceResources = typeof en;

export const resources = { en, uk } satisfies Record<Language, Record<Namespace, object>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
