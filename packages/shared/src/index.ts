export { toLatin } from './transliteration';
export {
  searchKey,
  parseContactSearch,
  contactSearchDocument,
  MIN_SEARCH_LENGTH,
  type ContactSearchQuery,
} from './search-key';
export { contactFullName } from './contact-name';
export { normalizePhone } from './phone';
export { isValidEmail, normalizeEmail } from './email';
export { ORG_UNIT_KINDS, REACHES, ROLES, isRole, type OrgUnitKind, type Reach, type Role } from './org';
