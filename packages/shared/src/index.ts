export { toLatin } from './transliteration';
export {
  searchKey,
  parseContactSearch,
  contactSearchDocument,
  MIN_SEARCH_LENGTH,
  type ContactSearchQuery,
} from './search-key';
export { contactFullName } from './contact-name';
export { normalizePhone, formatPhone } from './phone';
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
export {
  RELATIONSHIP_VIEW_KINDS,
  inverseRelationshipKind,
  isSymmetricRelationship,
  storedRelationship,
  type RelationshipViewKind,
} from './relationship-kinds';
export { CURRENT_CONSENT_VERSION } from './consent';
export { ACTIVITY_LIMITS } from './activity-limits';
export {
  DUPLICATE_RULES,
  DUPLICATE_PAIR_STATUSES,
  NAME_SIMILARITY_THRESHOLD,
  MAX_SHARED_DETAIL_GROUP,
  RULE_WEIGHTS,
  duplicateNameKey,
  gendersCompatible,
  pairScore,
  type DuplicateRule,
  type DuplicatePairStatus,
} from './duplicate-rules';
export {
  MERGE_SIDE_FIELDS,
  MERGE_LIST_FIELDS,
  isSideEmpty,
  unionList,
  defaultMergeChoices,
  mergeFields,
  foreignListItems,
  type MergeSide,
  type MergeNotesChoice,
  type MergeSideField,
  type MergeListField,
  type MergeChoices,
  type MergeableContact,
  type MergeResult,
} from './merge-fields';
export {
  CONTACT_FILTER_VERSION,
  CONTACT_FILTER_LIMITS,
  EMPTY_CONTACT_FILTER,
  MEMBERSHIP_STATUS_FILTERS,
  NO_MEMBERSHIP,
  bornOnOrBefore,
  isEmptyContactFilter,
  validateContactFilter,
  type ContactFilter,
  type ContactFilterInput,
  type MembershipStatusFilter,
} from './contact-filter';
export {
  MEMBERSHIP_TRANSITIONS,
  STATUSES_NEEDING_REASON,
  MEMBERSHIP_REASON_MAX,
  allowedTransitions,
  canTransition,
  reasonRequired,
  allowedTypes,
  defaultMembershipType,
  checkMembershipChange,
  normalizeCardNumber,
  formatCardNumber,
  type MembershipState,
  type MembershipChangeInput,
  type MembershipChange,
} from './membership-lifecycle';
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
