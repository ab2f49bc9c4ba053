import enAuth from '../locales/en/auth.json';
import enCommon from '../locales/en/common.json';
import enContacts from '../locales/en/contacts.json';
import enDuplicates from '../locales/en/duplicates.json';
import enDues from '../locales/en/dues.json';
import enErrors from '../locales/en/errors.json';
import enGroups from '../locales/en/groups.json';
import enHome from '../locales/en/home.json';
import enImports from '../locales/en/imports.json';
import enMembership from '../locales/en/membership.json';
import enOrg from '../locales/en/org.json';
import enSearch from '../locales/en/search.json';
import enProfile from '../locales/en/profile.json';
import enRelationships from '../locales/en/relationships.json';
import enTimeline from '../locales/en/timeline.json';
import ukAuth from '../locales/uk/auth.json';
import ukCommon from '../locales/uk/common.json';
import ukContacts from '../locales/uk/contacts.json';
import ukDuplicates from '../locales/uk/duplicates.json';
import ukDues from '../locales/uk/dues.json';
import ukErrors from '../locales/uk/errors.json';
import ukGroups from '../locales/uk/groups.json';
import ukHome from '../locales/uk/home.json';
import ukImports from '../locales/uk/imports.json';
import ukMembership from '../locales/uk/membership.json';
import ukOrg from '../locales/uk/org.json';
import ukSearch from '../locales/uk/search.json';
import ukProfile from '../locales/uk/profile.json';
import ukRelationships from '../locales/uk/relationships.json';
import ukTimeline from '../locales/uk/timeline.json';

/** Languages the interface is written in; the first one is the default. */
export const languages = ['uk', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'uk';

export const namespaces = [
  'common',
  'auth',
  'home',
  'org',
  'contacts',
  'search',
  'errors',
  'timeline',
  'relationships',
  'profile',
  'duplicates',
  'groups',
  'imports',
  'membership',
  'dues',
] as const;
export type Namespace = (typeof namespaces)[number];
export const defaultNamespace = 'common' satisfies Namespace;

/** English is the reference language: its keys are the typed keys of the app. */
const en = {
  common: enCommon,
  auth: enAuth,
  home: enHome,
  org: enOrg,
  contacts: enContacts,
  search: enSearch,
  errors: enErrors,
  timeline: enTimeline,
  relationships: enRelationships,
  profile: enProfile,
  duplicates: enDuplicates,
  groups: enGroups,
  imports: enImports,
  membership: enMembership,
  dues: enDues,
};

/** Typed as a record of namespaces so a missing namespace in one language fails to compile. */
const uk: Record<Namespace, object> = {
  common: ukCommon,
  auth: ukAuth,
  home: ukHome,
  org: ukOrg,
  contacts: ukContacts,
  search: ukSearch,
  errors: ukErrors,
  timeline: ukTimeline,
  relationships: ukRelationships,
  profile: ukProfile,
  duplicates: ukDuplicates,
  groups: ukGroups,
  imports: ukImports,
  membership: ukMembership,
  dues: ukDues,
};

export type ReferenceResources = typeof en;

export const resources = { en, uk } satisfies Record<Language, Record<Namespace, object>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
