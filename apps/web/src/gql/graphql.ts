/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
};

/** A long job (import, duplicate scan …) and how far it has got. Only its starter sees it. */
export type BackgroundTask = {
  __typename?: 'BackgroundTask';
  createdAt: Scalars['DateTimeISO']['output'];
  done: Scalars['Int']['output'];
  /** Namespace-prefixed i18n key of the failure. */
  errorKey?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  /** What the job produced; its shape depends on the kind. */
  result?: Maybe<Scalars['JSONObject']['output']>;
  /** queued, running, succeeded or failed. */
  status: Scalars['String']['output'];
  /** Null until the job knows how much there is to do. */
  total?: Maybe<Scalars['Int']['output']>;
};

export type BankColumnMapping = {
  __typename?: 'BankColumnMapping';
  amount: Scalars['String']['output'];
  date: Scalars['String']['output'];
  payer?: Maybe<Scalars['String']['output']>;
  purpose?: Maybe<Scalars['String']['output']>;
  reference?: Maybe<Scalars['String']['output']>;
};

/** Header names of the columns; left out: recognized from the headers. */
export type BankColumnMappingInput = {
  amount?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['String']['input']>;
  payer?: InputMaybe<Scalars['String']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type BankManualMatchInput = {
  contactId: Scalars['ID']['input'];
  line: Scalars['Int']['input'];
};

/** How a row found its contact. */
export type BankMatch =
  | 'CARD'
  | 'EMAIL'
  | 'MANUAL'
  | 'PHONE';

/** MATCHED rows are imported; the others are not, for the reason given. */
export type BankRowStatus =
  | 'DEBIT'
  | 'DUPLICATE'
  | 'EXCLUDED'
  | 'INVALID'
  | 'MATCHED'
  | 'UNMATCHED';

export type BankStatementInput = {
  /** The CSV file, base64; up to 5 MB, UTF-8 or Windows-1251. */
  contentBase64: Scalars['String']['input'];
  /** True: read and match only. False: record the matched rows. */
  dryRun: Scalars['Boolean']['input'];
  /** Lines not to import. */
  excludedLines?: InputMaybe<Array<Scalars['Int']['input']>>;
  fileName?: InputMaybe<Scalars['String']['input']>;
  manualMatches?: InputMaybe<Array<BankManualMatchInput>>;
  mapping?: InputMaybe<BankColumnMappingInput>;
};

export type BankStatementResult = {
  __typename?: 'BankStatementResult';
  /** The recorded import; null on a dry run. */
  bankImportId?: Maybe<Scalars['ID']['output']>;
  delimiter: Scalars['String']['output'];
  encoding: Scalars['String']['output'];
  headers: Array<Scalars['String']['output']>;
  /** Sum of the matched rows (recorded, or to be recorded). */
  importedKopiyky: Scalars['SafeInt']['output'];
  mapping: BankColumnMapping;
  paymentsCreated: Scalars['Int']['output'];
  rows: Array<BankStatementRow>;
};

export type BankStatementRow = {
  __typename?: 'BankStatementRow';
  /** Kopiyky; negative for debits. */
  amountKopiyky?: Maybe<Scalars['SafeInt']['output']>;
  /** The contact the row is (or would be) recorded for. */
  contact?: Maybe<Contact>;
  /** YYYY-MM-DD. */
  date?: Maybe<Scalars['String']['output']>;
  /** Line in the file. */
  line: Scalars['Int']['output'];
  matchedBy?: Maybe<BankMatch>;
  payer: Scalars['String']['output'];
  purpose: Scalars['String']['output'];
  /** Why the row is not imported (i18n key). */
  reason?: Maybe<Scalars['String']['output']>;
  reference?: Maybe<Scalars['String']['output']>;
  status: BankRowStatus;
};

/** A person or organization the organization keeps in touch with. */
export type Contact = {
  __typename?: 'Contact';
  addressRegion?: Maybe<Scalars['String']['output']>;
  addressSettlement?: Maybe<Scalars['String']['output']>;
  addressStreet?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD. */
  birthDate?: Maybe<Scalars['String']['output']>;
  cardNumber?: Maybe<Scalars['String']['output']>;
  /** When the person consented to the processing of their personal data. */
  consentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The version of the consent text they agreed to. */
  consentVersion?: Maybe<Scalars['String']['output']>;
  contactType: ContactKind;
  /** Donations, newest first; null outside your dues scope. */
  contributions?: Maybe<ContributionConnection>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Last name, first name and patronymic. */
  displayName: Scalars['String']['output'];
  /** Dues balance, arrears and history; null outside your dues scope. */
  dues?: Maybe<ContactDues>;
  /** The main e-mail: the first of `emails`. */
  email?: Maybe<Scalars['String']['output']>;
  /** The first is the main address. */
  emails: Array<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  gender?: Maybe<Gender>;
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  /** YYYY-MM-DD: the day the current membership status began. */
  membershipSince?: Maybe<Scalars['String']['output']>;
  membershipStatus?: Maybe<MembershipStatus>;
  membershipType?: Maybe<MembershipType>;
  notes?: Maybe<Scalars['String']['output']>;
  /** The unit that keeps this contact. */
  orgUnit: OrgUnit;
  patronymic?: Maybe<Scalars['String']['output']>;
  /** The main phone: the first of `phones`. */
  phone?: Maybe<Scalars['String']['output']>;
  /** E.164; the first is the main number. */
  phones: Array<Scalars['String']['output']>;
  /** The region the contact belongs to. */
  region?: Maybe<OrgUnit>;
  /** Where the contact came from: a campaign, an event, an import. */
  source?: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Send it back with an update: a save over a newer version is refused. */
  version: Scalars['Int']['output'];
  /** Whether you may edit this contact (and act on it: membership, dues, merges). */
  viewerCanWrite: Scalars['Boolean']['output'];
};


/** A person or organization the organization keeps in touch with. */
export type ContactContributionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ContactConnection = {
  __typename?: 'ContactConnection';
  edges: Array<ContactEdge>;
  pageInfo: PageInfo;
  /** Matching contacts; when totalCountCapped, the cap (10,000) and there are more. */
  totalCount: Scalars['Int']['output'];
  /** True when a search matched more than the count cap: show "10,000+". */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** A contact's dues: balance, arrears and history. */
export type ContactDues = {
  __typename?: 'ContactDues';
  /** What is owed: minus the balance when negative, else 0. */
  arrearsKopiyky: Scalars['SafeInt']['output'];
  /** Payments minus charges; negative in arrears. */
  balanceKopiyky: Scalars['SafeInt']['output'];
  /** Charges, newest first. */
  charges: DuesChargeConnection;
  /** YYYY-MM-DD of the latest payment. */
  lastPaymentOn?: Maybe<Scalars['String']['output']>;
  /** Payments, newest first. */
  payments: DuesPaymentConnection;
  /** Unpaid periods, oldest first, payments allocated to the oldest charges first. */
  periodsInArrears: Array<DuesUnpaidPeriod>;
  /** Whether you may record payments and contributions for this contact. */
  viewerCanWrite: Scalars['Boolean']['output'];
};


/** A contact's dues: balance, arrears and history. */
export type ContactDuesChargesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A contact's dues: balance, arrears and history. */
export type ContactDuesPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ContactEdge = {
  __typename?: 'ContactEdge';
  cursor: Scalars['String']['output'];
  node: Contact;
};

/** A contact's own fields. Checked and normalized by the API; every bad field is reported. */
export type ContactInput = {
  addressRegion?: InputMaybe<Scalars['String']['input']>;
  addressSettlement?: InputMaybe<Scalars['String']['input']>;
  addressStreet?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not in the future. */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  /** The consent text version the person agreed to; a new version records the time. Null withdraws consent. */
  consentVersion?: InputMaybe<Scalars['String']['input']>;
  /** SUPPORTER when not given. */
  contactType?: InputMaybe<ContactKind>;
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  firstName: Scalars['String']['input'];
  gender?: InputMaybe<Gender>;
  lastName: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  patronymic?: InputMaybe<Scalars['String']['input']>;
  /** Any common form; stored as E.164, Ukraine by default. */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** What the contact is to the organization. */
export type ContactKind =
  | 'DONOR'
  | 'MEMBER'
  | 'ORGANIZATION'
  | 'SUPPORTER'
  | 'VOLUNTEER';

/** A saved contact, or the contacts in scope that already have one of its phones or e-mails. */
export type ContactSavePayload = {
  __typename?: 'ContactSavePayload';
  /** Null when the save stopped at possible duplicates. */
  contact?: Maybe<Contact>;
  /** Contacts you can see with the same phone or e-mail; save again with allowDuplicate to go on. */
  duplicates: Array<Contact>;
};

/** Contacts found by the header search. */
export type ContactSearchGroup = {
  __typename?: 'ContactSearchGroup';
  /** The best matches: names starting with the text first. */
  items: Array<Contact>;
  /** True when nothing matched as typed and the items are close spellings instead. */
  similar: Scalars['Boolean']['output'];
  /** All exact matches; when totalCountCapped, the cap (10,000) and there are more. */
  totalCount: Scalars['Int']['output'];
  totalCountCapped: Scalars['Boolean']['output'];
};

/** A donation beyond dues. */
export type Contribution = {
  __typename?: 'Contribution';
  amountKopiyky: Scalars['SafeInt']['output'];
  /** Null: the general fund. */
  campaign?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  method: PaymentMethod;
  note?: Maybe<Scalars['String']['output']>;
  receiptNumber: Scalars['String']['output'];
  /** YYYY-MM-DD. */
  receivedOn: Scalars['String']['output'];
  /** Who recorded it. */
  recordedBy?: Maybe<Scalars['String']['output']>;
};

export type ContributionConnection = {
  __typename?: 'ContributionConnection';
  edges: Array<ContributionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContributionEdge = {
  __typename?: 'ContributionEdge';
  cursor: Scalars['String']['output'];
  node: Contribution;
};

/** A donation. Checked by the API; every bad field is reported. */
export type ContributionInput = {
  /** Kopiyky, more than 0 and at most 100,000,000 (1,000,000 UAH). */
  amountKopiyky: Scalars['SafeInt']['input'];
  /** The campaign; empty for the general fund. */
  campaign?: InputMaybe<Scalars['String']['input']>;
  contactId: Scalars['ID']['input'];
  method: PaymentMethod;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Unique across the organization (case does not matter). */
  receiptNumber: Scalars['String']['input'];
  /** YYYY-MM-DD, not after today in the organization's zone. */
  receivedOn: Scalars['String']['input'];
};

export type ContributionPayload = {
  __typename?: 'ContributionPayload';
  contact: Contact;
  contribution: Contribution;
};

/** What you may do with dues, for the screens to offer only that. */
export type DuesAccess = {
  __typename?: 'DuesAccess';
  /** Change the dues schedules (needs dues write over the whole organization). */
  canManageSchedules: Scalars['Boolean']['output'];
  /** Record payments and contributions, import statements, start charge runs (in your scope). */
  canRecord: Scalars['Boolean']['output'];
};

/** What a contact owes for one period. */
export type DuesCharge = {
  __typename?: 'DuesCharge';
  amountKopiyky: Scalars['SafeInt']['output'];
  /** YYYY-MM-DD. */
  dueOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 'YYYY-MM' for monthly dues, 'YYYY' for yearly. */
  period: Scalars['String']['output'];
};

export type DuesChargeConnection = {
  __typename?: 'DuesChargeConnection';
  edges: Array<DuesChargeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DuesChargeEdge = {
  __typename?: 'DuesChargeEdge';
  cursor: Scalars['String']['output'];
  node: DuesCharge;
};

/** Dues a contact paid. */
export type DuesPayment = {
  __typename?: 'DuesPayment';
  amountKopiyky: Scalars['SafeInt']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Recorded from a bank statement import. */
  fromBankImport: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  method: PaymentMethod;
  note?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD. */
  paidOn: Scalars['String']['output'];
  /** Who recorded it. */
  recordedBy?: Maybe<Scalars['String']['output']>;
  reference?: Maybe<Scalars['String']['output']>;
};

export type DuesPaymentConnection = {
  __typename?: 'DuesPaymentConnection';
  edges: Array<DuesPaymentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DuesPaymentEdge = {
  __typename?: 'DuesPaymentEdge';
  cursor: Scalars['String']['output'];
  node: DuesPayment;
};

/** A dues payment. Checked by the API; every bad field is reported. */
export type DuesPaymentInput = {
  /** Kopiyky, more than 0 and at most 100,000,000 (1,000,000 UAH). */
  amountKopiyky: Scalars['SafeInt']['input'];
  contactId: Scalars['ID']['input'];
  method: PaymentMethod;
  note?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not after today in the organization's zone. */
  paidOn: Scalars['String']['input'];
  /** Receipt or transfer reference, up to 140 characters. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type DuesPaymentPayload = {
  __typename?: 'DuesPaymentPayload';
  /** The contact, with its new balance under `dues`. */
  contact: Contact;
  payment: DuesPayment;
};

/** How often a dues schedule charges: every month, or once a year. */
export type DuesPeriod =
  | 'MONTHLY'
  | 'YEARLY';

/** What a membership type owes per month or per year, over a span of days. */
export type DuesSchedule = {
  __typename?: 'DuesSchedule';
  /** Kopiyky per period. */
  amountKopiyky: Scalars['SafeInt']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  membershipType: MembershipType;
  period: DuesPeriod;
  /** YYYY-MM-DD, inclusive. */
  validFrom: Scalars['String']['output'];
  /** YYYY-MM-DD, inclusive; null while open-ended. */
  validTo?: Maybe<Scalars['String']['output']>;
};

export type DuesScheduleInput = {
  /** Kopiyky per period. */
  amountKopiyky: Scalars['SafeInt']['input'];
  membershipType: MembershipType;
  period: DuesPeriod;
  /** YYYY-MM-DD, the first day it applies. */
  validFrom: Scalars['String']['input'];
  /** YYYY-MM-DD, the last day it applies; empty while open-ended. */
  validTo?: InputMaybe<Scalars['String']['input']>;
};

/** A charged period not (fully) covered once payments are allocated oldest charge first. */
export type DuesUnpaidPeriod = {
  __typename?: 'DuesUnpaidPeriod';
  /** The charge. */
  amountKopiyky: Scalars['SafeInt']['output'];
  /** YYYY-MM-DD. */
  dueOn: Scalars['String']['output'];
  /** What is still owed of it. */
  outstandingKopiyky: Scalars['SafeInt']['output'];
  period: Scalars['String']['output'];
};

export type Gender =
  | 'FEMALE'
  | 'MALE';

export type LoginResult = {
  __typename?: 'LoginResult';
  expiresAt: Scalars['DateTimeISO']['output'];
  me: Me;
  /** Bearer token for scripts; browsers use the HttpOnly cookie set at the same time. */
  token: Scalars['String']['output'];
};

/** The signed-in user. */
export type Me = {
  __typename?: 'Me';
  contact?: Maybe<Contact>;
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  roles: Array<RoleAssignment>;
};

/** applicant → candidate → member → suspended → left / expelled. */
export type MembershipStatus =
  | 'APPLICANT'
  | 'CANDIDATE'
  | 'EXPELLED'
  | 'LEFT'
  | 'MEMBER'
  | 'SUSPENDED';

export type MembershipType =
  | 'CANDIDATE'
  | 'MEMBER'
  | 'SUPPORTER';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a schedule; its days may not overlap another of the type. Needs dues write over the whole organization. */
  addDuesSchedule: DuesSchedule;
  /** Adds a contact to a unit you may write to; stops at possible duplicates unless allowed. */
  createContact: ContactSavePayload;
  /** Removes a payment recorded by mistake, with the reason; the audit log keeps it. */
  deleteDuesPayment: Contact;
  /** Sets the last day a schedule applies. */
  endDuesSchedule: DuesSchedule;
  /** Charges dues for a month ('YYYY-MM', not in the future) in your dues scope, as a background task; returns its id. */
  generateDuesCharges: Scalars['ID']['output'];
  /** Reads a bank statement CSV and matches its credits to contacts; records them as payments unless dryRun. */
  importBankStatement: BankStatementResult;
  /** Signs in: sets the session cookie and returns a bearer token. */
  login: LoginResult;
  /** Ends the current session. */
  logout: Scalars['Boolean']['output'];
  /** Records a donation with its receipt number. */
  recordContribution: ContributionPayload;
  /** Records a dues payment; the contact's balance moves with it. */
  recordDuesPayment: DuesPaymentPayload;
  /** Saves a contact's fields over the version you read; refused if someone saved since. */
  updateContact: ContactSavePayload;
};


export type MutationAddDuesScheduleArgs = {
  input: DuesScheduleInput;
};


export type MutationCreateContactArgs = {
  allowDuplicate?: Scalars['Boolean']['input'];
  input: ContactInput;
  orgUnitId: Scalars['ID']['input'];
};


export type MutationDeleteDuesPaymentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationEndDuesScheduleArgs = {
  id: Scalars['ID']['input'];
  validTo: Scalars['String']['input'];
};


export type MutationGenerateDuesChargesArgs = {
  month: Scalars['String']['input'];
};


export type MutationImportBankStatementArgs = {
  input: BankStatementInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRecordContributionArgs = {
  input: ContributionInput;
};


export type MutationRecordDuesPaymentArgs = {
  input: DuesPaymentInput;
};


export type MutationUpdateContactArgs = {
  allowDuplicate?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  input: ContactInput;
  version: Scalars['Int']['input'];
};

/** A unit of the organization tree: HQ, region, district or branch. */
export type OrgUnit = {
  __typename?: 'OrgUnit';
  /** Visible ancestors, root first. */
  ancestors: Array<OrgUnit>;
  /** Number of visible children. */
  childCount: Scalars['Int']['output'];
  /** Visible children, by name. */
  children: Array<OrgUnit>;
  code: Scalars['String']['output'];
  /** Contacts in the unit's whole subtree that the viewer may see. */
  contactCount: Scalars['Int']['output'];
  /** Levels below the root: HQ is 0. */
  depth: Scalars['Int']['output'];
  /** Dues totals of the unit's subtree over months `from`…`to` ('YYYY-MM', inclusive); null without dues scope. */
  dues?: Maybe<OrgUnitDues>;
  id: Scalars['ID']['output'];
  kind: OrgUnitKind;
  /** Name in the request's language. */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameUk: Scalars['String']['output'];
  parent?: Maybe<OrgUnit>;
};


/** A unit of the organization tree: HQ, region, district or branch. */
export type OrgUnitDuesArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** Money in a unit's subtree over whole months, as far as your dues scope reaches. */
export type OrgUnitDues = {
  __typename?: 'OrgUnitDues';
  /** Owed now: the sum of negative balances (not limited to the months). */
  arrearsKopiyky: Scalars['SafeInt']['output'];
  /** Dues charged for periods due in the months. */
  chargedKopiyky: Scalars['SafeInt']['output'];
  /** Contributions received in the months. */
  contributionsKopiyky: Scalars['SafeInt']['output'];
  /** Contacts owing now. */
  membersInArrears: Scalars['Int']['output'];
  /** Dues paid in the months. */
  paidKopiyky: Scalars['SafeInt']['output'];
};

export type OrgUnitKind =
  | 'BRANCH'
  | 'DISTRICT'
  | 'HQ'
  | 'REGION';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PaymentMethod =
  | 'BANK_TRANSFER'
  | 'CARD'
  | 'CASH';

export type Query = {
  __typename?: 'Query';
  /** A job you started; null for anyone else’s or an unknown id. */
  backgroundTask?: Maybe<BackgroundTask>;
  /** A contact by id; null when unknown or out of scope. */
  contact?: Maybe<Contact>;
  /** Contacts in scope, by name; search matches name, phone or e-mail. */
  contacts: ContactConnection;
  duesAccess: DuesAccess;
  /** Every dues schedule, current and past, by membership type. */
  duesSchedules: Array<DuesSchedule>;
  /** The signed-in user, or null. */
  me?: Maybe<Me>;
  /** A unit by id; null when unknown or out of scope. */
  orgUnit?: Maybe<OrgUnit>;
  /** The top units of the viewer's scope. */
  rootOrgUnits: Array<OrgUnit>;
  /** One search box over everything in scope; each type is searched only if asked for. */
  search: SearchResults;
};


export type QueryBackgroundTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};

/** UNIT: that unit only. SUBTREE: that unit and all under it. */
export type Reach =
  | 'SUBTREE'
  | 'UNIT';

export type RoleAssignment = {
  __typename?: 'RoleAssignment';
  orgUnit: OrgUnit;
  reach: Reach;
  role: Scalars['String']['output'];
};

/** What the header search found in scope, grouped by type. */
export type SearchResults = {
  __typename?: 'SearchResults';
  contacts: ContactSearchGroup;
};

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginResult', expiresAt: string, me: { __typename?: 'Me', id: string, email: string, displayName: string, locale: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Me', id: string, email: string, displayName: string, locale: string } | null };

export type ContactQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactQuery = { __typename?: 'Query', contact?: { __typename?: 'Contact', id: string, firstName: string, lastName: string, patronymic?: string | null, displayName: string, phone?: string | null, email?: string | null, createdAt: string, updatedAt: string, viewerCanWrite: boolean, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string, kind: OrgUnitKind }, region?: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } | null } | null };

export type ContactsUnitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactsUnitQuery = { __typename?: 'Query', orgUnit?: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string, kind: OrgUnitKind } | null };

export type ContactsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ContactsQuery = { __typename?: 'Query', contacts: { __typename?: 'ContactConnection', totalCount: number, totalCountCapped: boolean, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ContactEdge', cursor: string, node: { __typename?: 'Contact', id: string, displayName: string, phone?: string | null, email?: string | null, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string }, region?: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } | null } }> } };

export type ImportBankStatementMutationVariables = Exact<{
  input: BankStatementInput;
}>;


export type ImportBankStatementMutation = { __typename?: 'Mutation', importBankStatement: { __typename?: 'BankStatementResult', encoding: string, delimiter: string, headers: Array<string>, bankImportId?: string | null, paymentsCreated: number, importedKopiyky: number, mapping: { __typename?: 'BankColumnMapping', date: string, amount: string, payer?: string | null, purpose?: string | null, reference?: string | null }, rows: Array<{ __typename?: 'BankStatementRow', line: number, date?: string | null, amountKopiyky?: number | null, payer: string, purpose: string, reference?: string | null, status: BankRowStatus, matchedBy?: BankMatch | null, reason?: string | null, contact?: { __typename?: 'Contact', id: string, displayName: string } | null }> } };

export type DuesContactSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type DuesContactSearchQuery = { __typename?: 'Query', contacts: { __typename?: 'ContactConnection', edges: Array<{ __typename?: 'ContactEdge', node: { __typename?: 'Contact', id: string, displayName: string, phone?: string | null, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } } }> } };

export type DuesSummaryFieldsFragment = { __typename?: 'ContactDues', balanceKopiyky: number, arrearsKopiyky: number, lastPaymentOn?: string | null, viewerCanWrite: boolean, periodsInArrears: Array<{ __typename?: 'DuesUnpaidPeriod', period: string, dueOn: string, amountKopiyky: number, outstandingKopiyky: number }> };

export type ContactDuesSummaryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactDuesSummaryQuery = { __typename?: 'Query', contact?: { __typename?: 'Contact', id: string, dues?: { __typename?: 'ContactDues', balanceKopiyky: number, arrearsKopiyky: number, lastPaymentOn?: string | null, viewerCanWrite: boolean, periodsInArrears: Array<{ __typename?: 'DuesUnpaidPeriod', period: string, dueOn: string, amountKopiyky: number, outstandingKopiyky: number }> } | null } | null };

export type DuesAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type DuesAdminQuery = { __typename?: 'Query', me?: { __typename?: 'Me', id: string, contact?: { __typename?: 'Contact', id: string } | null } | null, duesAccess: { __typename?: 'DuesAccess', canRecord: boolean, canManageSchedules: boolean }, duesSchedules: Array<{ __typename?: 'DuesSchedule', id: string, membershipType: MembershipType, period: DuesPeriod, amountKopiyky: number, validFrom: string, validTo?: string | null }> };

export type AddDuesScheduleMutationVariables = Exact<{
  input: DuesScheduleInput;
}>;


export type AddDuesScheduleMutation = { __typename?: 'Mutation', addDuesSchedule: { __typename?: 'DuesSchedule', id: string } };

export type EndDuesScheduleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  validTo: Scalars['String']['input'];
}>;


export type EndDuesScheduleMutation = { __typename?: 'Mutation', endDuesSchedule: { __typename?: 'DuesSchedule', id: string, validTo?: string | null } };

export type GenerateDuesChargesMutationVariables = Exact<{
  month: Scalars['String']['input'];
}>;


export type GenerateDuesChargesMutation = { __typename?: 'Mutation', generateDuesCharges: string };

export type ContactDuesPaymentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContactDuesPaymentsQuery = { __typename?: 'Query', contact?: { __typename?: 'Contact', id: string, dues?: { __typename?: 'ContactDues', viewerCanWrite: boolean, payments: { __typename?: 'DuesPaymentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'DuesPaymentEdge', node: { __typename?: 'DuesPayment', id: string, amountKopiyky: number, method: PaymentMethod, paidOn: string, reference?: string | null, note?: string | null, fromBankImport: boolean, recordedBy?: string | null } }> } } | null } | null };

export type ContactDuesChargesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContactDuesChargesQuery = { __typename?: 'Query', contact?: { __typename?: 'Contact', id: string, dues?: { __typename?: 'ContactDues', charges: { __typename?: 'DuesChargeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'DuesChargeEdge', node: { __typename?: 'DuesCharge', id: string, period: string, amountKopiyky: number, dueOn: string } }> } } | null } | null };

export type ContactContributionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContactContributionsQuery = { __typename?: 'Query', contact?: { __typename?: 'Contact', id: string, contributions?: { __typename?: 'ContributionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ContributionEdge', node: { __typename?: 'Contribution', id: string, amountKopiyky: number, campaign?: string | null, method: PaymentMethod, receivedOn: string, receiptNumber: string, note?: string | null } }> } | null } | null };

export type RecordDuesPaymentMutationVariables = Exact<{
  input: DuesPaymentInput;
}>;


export type RecordDuesPaymentMutation = { __typename?: 'Mutation', recordDuesPayment: { __typename?: 'DuesPaymentPayload', payment: { __typename?: 'DuesPayment', id: string }, contact: { __typename?: 'Contact', id: string, dues?: { __typename?: 'ContactDues', balanceKopiyky: number, arrearsKopiyky: number, lastPaymentOn?: string | null, viewerCanWrite: boolean, periodsInArrears: Array<{ __typename?: 'DuesUnpaidPeriod', period: string, dueOn: string, amountKopiyky: number, outstandingKopiyky: number }> } | null } } };

export type RecordContributionMutationVariables = Exact<{
  input: ContributionInput;
}>;


export type RecordContributionMutation = { __typename?: 'Mutation', recordContribution: { __typename?: 'ContributionPayload', contribution: { __typename?: 'Contribution', id: string } } };

export type DeleteDuesPaymentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type DeleteDuesPaymentMutation = { __typename?: 'Mutation', deleteDuesPayment: { __typename?: 'Contact', id: string, dues?: { __typename?: 'ContactDues', balanceKopiyky: number, arrearsKopiyky: number, lastPaymentOn?: string | null, viewerCanWrite: boolean, periodsInArrears: Array<{ __typename?: 'DuesUnpaidPeriod', period: string, dueOn: string, amountKopiyky: number, outstandingKopiyky: number }> } | null } };

export type MyUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyUnitsQuery = { __typename?: 'Query', me?: { __typename?: 'Me', id: string, displayName: string, roles: Array<{ __typename?: 'RoleAssignment', role: string, reach: Reach, orgUnit: { __typename?: 'OrgUnit', id: string, name: string, nameUk: string, nameEn: string, kind: OrgUnitKind, contactCount: number } }> } | null };

export type OrgUnitDuesFieldsFragment = { __typename?: 'OrgUnitDues', chargedKopiyky: number, paidKopiyky: number, contributionsKopiyky: number, arrearsKopiyky: number, membersInArrears: number };

export type OrgUnitDuesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type OrgUnitDuesQuery = { __typename?: 'Query', orgUnit?: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string, dues?: { __typename?: 'OrgUnitDues', chargedKopiyky: number, paidKopiyky: number, contributionsKopiyky: number, arrearsKopiyky: number, membersInArrears: number } | null, children: Array<{ __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string, dues?: { __typename?: 'OrgUnitDues', chargedKopiyky: number, paidKopiyky: number, contributionsKopiyky: number, arrearsKopiyky: number, membersInArrears: number } | null }> } | null };

export type OrgUnitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgUnitQuery = { __typename?: 'Query', orgUnit?: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string, kind: OrgUnitKind, depth: number, contactCount: number, childCount: number, ancestors: Array<{ __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string, kind: OrgUnitKind, depth: number }>, children: Array<{ __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string, kind: OrgUnitKind, childCount: number, contactCount: number }> } | null };

export type RootOrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type RootOrgUnitsQuery = { __typename?: 'Query', rootOrgUnits: Array<{ __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string, kind: OrgUnitKind, childCount: number, contactCount: number }> };

export type BackgroundTaskQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BackgroundTaskQuery = { __typename?: 'Query', backgroundTask?: { __typename?: 'BackgroundTask', id: string, kind: string, status: string, done: number, total?: number | null, result?: Record<string, unknown> | null, errorKey?: string | null, finishedAt?: string | null } | null };

export const DuesSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuesSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactDues"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"lastPaymentOn"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"periodsInArrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"amountKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingKopiyky"}}]}}]}}]} as unknown as DocumentNode<DuesSummaryFieldsFragment, unknown>;
export const OrgUnitDuesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitDuesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnitDues"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargedKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"paidKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"contributionsKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"membersInArrears"}}]}}]} as unknown as DocumentNode<OrgUnitDuesFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ContactQuery, ContactQueryVariables>;
export const ContactsUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ContactsUnitQuery, ContactsUnitQueryVariables>;
export const ContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsQuery, ContactsQueryVariables>;
export const ImportBankStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportBankStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BankStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBankStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amountKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankImportId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"importedKopiyky"}}]}}]}}]} as unknown as DocumentNode<ImportBankStatementMutation, ImportBankStatementMutationVariables>;
export const DuesContactSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuesContactSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DuesContactSearchQuery, DuesContactSearchQueryVariables>;
export const ContactDuesSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactDuesSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuesSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuesSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactDues"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"lastPaymentOn"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"periodsInArrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"amountKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingKopiyky"}}]}}]}}]} as unknown as DocumentNode<ContactDuesSummaryQuery, ContactDuesSummaryQueryVariables>;
export const DuesAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuesAdmin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duesAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"canManageSchedules"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duesSchedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amountKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<DuesAdminQuery, DuesAdminQueryVariables>;
export const AddDuesScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDuesSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DuesScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDuesSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddDuesScheduleMutation, AddDuesScheduleMutationVariables>;
export const EndDuesScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndDuesSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endDuesSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"validTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<EndDuesScheduleMutation, EndDuesScheduleMutationVariables>;
export const GenerateDuesChargesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateDuesCharges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateDuesCharges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}]}]}}]} as unknown as DocumentNode<GenerateDuesChargesMutation, GenerateDuesChargesMutationVariables>;
export const ContactDuesPaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactDuesPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fromBankImport"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactDuesPaymentsQuery, ContactDuesPaymentsQueryVariables>;
export const ContactDuesChargesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactDuesCharges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amountKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactDuesChargesQuery, ContactDuesChargesQueryVariables>;
export const ContactContributionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactContributions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactContributionsQuery, ContactContributionsQueryVariables>;
export const RecordDuesPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDuesPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DuesPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDuesPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuesSummaryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuesSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactDues"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"lastPaymentOn"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"periodsInArrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"amountKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingKopiyky"}}]}}]}}]} as unknown as DocumentNode<RecordDuesPaymentMutation, RecordDuesPaymentMutationVariables>;
export const RecordContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContributionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordContributionMutation, RecordContributionMutationVariables>;
export const DeleteDuesPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDuesPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDuesPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuesSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuesSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactDues"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"lastPaymentOn"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"periodsInArrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"amountKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingKopiyky"}}]}}]}}]} as unknown as DocumentNode<DeleteDuesPaymentMutation, DeleteDuesPaymentMutationVariables>;
export const MyUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyUnitsQuery, MyUnitsQueryVariables>;
export const OrgUnitDuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitDues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"dues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitDuesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"dues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitDuesFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitDuesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnitDues"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargedKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"paidKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"contributionsKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"membersInArrears"}}]}}]} as unknown as DocumentNode<OrgUnitDuesQuery, OrgUnitDuesQueryVariables>;
export const OrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}}]}}]}}]}}]} as unknown as DocumentNode<OrgUnitQuery, OrgUnitQueryVariables>;
export const RootOrgUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOrgUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rootOrgUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}}]}}]}}]} as unknown as DocumentNode<RootOrgUnitsQuery, RootOrgUnitsQueryVariables>;
export const BackgroundTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackgroundTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backgroundTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errorKey"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<BackgroundTaskQuery, BackgroundTaskQueryVariables>;