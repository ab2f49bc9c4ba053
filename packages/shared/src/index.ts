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
export {
  GENDERS,
  CONTACT_KINDS,
  MEMBERSHIP_TYPES,
  MEMBERSHIP_STATUSES,
  ACTIVITY_KINDS,
  LOGGED_ACTIVITY_KINDS,
  RELATIONSHIP_KINDS,
  CONTACT_LIMITS,
  isOneOf,
  type Gender,
  type ContactKind,
  type MembershipType,
  type MembershipStatus,
  type ActivityKind,
  type RelationshipKind,
} from './contact-fields';
export { calendarDateIn } from './calendar-date';
export {
  validateContactFields,
  isIsoDate,
  cleanText,
  type ContactFieldsInput,
  type ContactFields,
  type FieldProblem,
  type Validated,
} from './contact-validation';
export { parseHryvnias, kopiykyToDecimal } from './money';
export {
  DUES_PERIOD_KINDS,
  PAYMENT_METHODS,
  DUES_CHARGED_STATUSES,
  DUES_LIMITS,
  isMonthPeriod,
  isDuesPeriod,
  monthBounds,
  validateMoneyEntry,
  unpaidPeriods,
  type DuesPeriodKind,
  type PaymentMethod,
  type MoneyEntryInput,
  type MoneyEntry,
  type ChargeForArrears,
  type UnpaidPeriod,
} from './dues';
