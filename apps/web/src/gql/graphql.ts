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

/** Logged by people: CALL, MEETING, NOTE, EMAIL; the rest are recorded by the system. */
export type ActivityKind =
  | 'CALL'
  | 'CREATED'
  | 'EMAIL'
  | 'IMPORTED'
  | 'MEETING'
  | 'MERGED'
  | 'MERGE_UNDONE'
  | 'NOTE'
  | 'PAID'
  | 'STATUS_CHANGED'
  | 'TRANSFERRED';

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

/** What a bulk action did: only contacts you may edit are changed. */
export type BulkActionOutcome = {
  __typename?: 'BulkActionOutcome';
  changed: Scalars['Int']['output'];
  /** Selected contacts within your scope. */
  matched: Scalars['Int']['output'];
  /** Of the skipped, those you may see but not edit. */
  notWritable: Scalars['Int']['output'];
  /** Left as they were: outside what you may edit, or already as asked. */
  skipped: Scalars['Int']['output'];
};

/** Either the outcome (small selections, done in the request) or a background task to follow (large ones); its result has the same fields as the outcome. */
export type BulkActionPayload = {
  __typename?: 'BulkActionPayload';
  outcome?: Maybe<BulkActionOutcome>;
  /** Follow it with `backgroundTask(id)`. */
  taskId?: Maybe<Scalars['ID']['output']>;
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
  /** Every membership step, newest first. */
  membershipHistory: Array<MembershipStatusChange>;
  /** YYYY-MM-DD: the day the current membership status began. */
  membershipSince?: Maybe<Scalars['String']['output']>;
  membershipStatus?: Maybe<MembershipStatus>;
  /** Every transfer request for the contact, newest first. */
  membershipTransfers: Array<MembershipTransfer>;
  membershipType?: Maybe<MembershipType>;
  notes?: Maybe<Scalars['String']['output']>;
  /** The unit that keeps this contact. */
  orgUnit: OrgUnit;
  patronymic?: Maybe<Scalars['String']['output']>;
  /** The transfer request waiting for the receiving branch, if any. */
  pendingTransfer?: Maybe<MembershipTransfer>;
  /** The main phone: the first of `phones`. */
  phone?: Maybe<Scalars['String']['output']>;
  /** E.164; the first is the main number. */
  phones: Array<Scalars['String']['output']>;
  /** The region the contact belongs to. */
  region?: Maybe<OrgUnit>;
  /** Links to other contacts you can see, both directions, by name. */
  relationships: Array<ContactRelationshipView>;
  /** Where the contact came from: a campaign, an event, an import. */
  source?: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  /** Activities and system events, newest first. */
  timeline: ContactActivityConnection;
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


/** A person or organization the organization keeps in touch with. */
export type ContactTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One entry on a contact’s timeline: something logged, or a system event. */
export type ContactActivity = {
  __typename?: 'ContactActivity';
  /** Who logged it or made the change; null for the system or a removed user. */
  actorName?: Maybe<Scalars['String']['output']>;
  body?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: ActivityKind;
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Details of a system event: STATUS_CHANGED {from, to, reason}, PAID {amountKopiyky, method}, MERGED {mergedName}, IMPORTED {fileName}, TRANSFERRED {fromUnitName, toUnitName}. */
  payload?: Maybe<Scalars['JSONObject']['output']>;
  subject?: Maybe<Scalars['String']['output']>;
};

/** A contact’s timeline, newest first. */
export type ContactActivityConnection = {
  __typename?: 'ContactActivityConnection';
  edges: Array<ContactActivityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactActivityEdge = {
  __typename?: 'ContactActivityEdge';
  cursor: Scalars['String']['output'];
  node: ContactActivity;
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

/** A one-time download link for an export, valid for two minutes. */
export type ContactExportTicket = {
  __typename?: 'ContactExportTicket';
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Same-origin path to GET with your session. */
  url: Scalars['String']['output'];
};

/** A smart group's saved criteria, as they are checked. */
export type ContactFilter = {
  __typename?: 'ContactFilter';
  ageMax?: Maybe<Scalars['Int']['output']>;
  ageMin?: Maybe<Scalars['Int']['output']>;
  arrearsAtLeastKopiyky?: Maybe<Scalars['Int']['output']>;
  contactTypes: Array<ContactKind>;
  createdFrom?: Maybe<Scalars['String']['output']>;
  createdTo?: Maybe<Scalars['String']['output']>;
  genders: Array<Gender>;
  hasConsent?: Maybe<Scalars['Boolean']['output']>;
  hasEmail?: Maybe<Scalars['Boolean']['output']>;
  hasPhone?: Maybe<Scalars['Boolean']['output']>;
  inArrears?: Maybe<Scalars['Boolean']['output']>;
  membershipStatuses: Array<MembershipStatusFilter>;
  membershipTypes: Array<MembershipType>;
  tagsAll: Array<Scalars['String']['output']>;
  tagsAny: Array<Scalars['String']['output']>;
  unitIds: Array<Scalars['ID']['output']>;
  /** The units of `unitIds` you can see, to show their names; others still count as chosen. */
  units: Array<OrgUnit>;
  /** The filter format version it was saved in. */
  version: Scalars['Int']['output'];
};

/** Criteria for a smart group or a selection. Every criterion is optional; the API checks them all and reports each bad field. */
export type ContactFilterInput = {
  /** At most this many whole years old today. */
  ageMax?: InputMaybe<Scalars['Int']['input']>;
  /** At least this many whole years old today (organization time zone). */
  ageMin?: InputMaybe<Scalars['Int']['input']>;
  /** Owes at least this much, in kopiyky. */
  arrearsAtLeastKopiyky?: InputMaybe<Scalars['Int']['input']>;
  /** Any of these; empty or null means any. */
  contactTypes?: InputMaybe<Array<ContactKind>>;
  /** Added on or after this day (YYYY-MM-DD, organization time zone). */
  createdFrom?: InputMaybe<Scalars['String']['input']>;
  /** Added on or before this day (YYYY-MM-DD). */
  createdTo?: InputMaybe<Scalars['String']['input']>;
  /** Any of these; empty or null means any. */
  genders?: InputMaybe<Array<Gender>>;
  /** Has given (and not withdrawn) consent to the processing of their data. */
  hasConsent?: InputMaybe<Scalars['Boolean']['input']>;
  hasEmail?: InputMaybe<Scalars['Boolean']['input']>;
  hasPhone?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: owes dues (balance below zero); false: does not. */
  inArrears?: InputMaybe<Scalars['Boolean']['input']>;
  /** Any of these; empty or null means any. */
  membershipStatuses?: InputMaybe<Array<MembershipStatusFilter>>;
  /** Any of these; empty or null means any. */
  membershipTypes?: InputMaybe<Array<MembershipType>>;
  /** Has every one of these tags. */
  tagsAll?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Has at least one of these tags. */
  tagsAny?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Units, each with everything under it. Units outside your scope match nothing. */
  unitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What a filter would match now, within your scope. */
export type ContactFilterPreview = {
  __typename?: 'ContactFilterPreview';
  /** Exact number of matching contacts in your scope. */
  count: Scalars['Int']['output'];
  /** The first matches by name (up to 10). */
  sample: Array<Contact>;
};

/** A named set of contacts owned by a unit and shared down the tree from it; everyone sees only the part within their own scope. */
export type ContactGroup = {
  __typename?: 'ContactGroup';
  /** Its contacts within your scope, by name. */
  contacts: ContactConnection;
  /** Exact number of its contacts within your scope. */
  count: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** A smart group's criteria; null for a static group. */
  filter?: Maybe<ContactFilter>;
  id: Scalars['ID']['output'];
  kind: ContactGroupKind;
  name: Scalars['String']['output'];
  /** The unit that owns the group; it is shared with everyone under it. */
  orgUnit: OrgUnit;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Send it back with an update: a save over a newer version is refused. */
  version: Scalars['Int']['output'];
  /** Whether you may rename, change or delete it, and add or remove its contacts. */
  viewerCanWrite: Scalars['Boolean']['output'];
};


/** A named set of contacts owned by a unit and shared down the tree from it; everyone sees only the part within their own scope. */
export type ContactGroupContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ContactGroupConnection = {
  __typename?: 'ContactGroupConnection';
  edges: Array<ContactGroupEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactGroupCreateInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Required for a smart group; not allowed for a static one. */
  filter?: InputMaybe<ContactFilterInput>;
  kind: ContactGroupKind;
  name: Scalars['String']['input'];
  /** The owner unit: you must be able to edit its contacts. The group is shared with everyone under it. */
  orgUnitId: Scalars['ID']['input'];
};

export type ContactGroupEdge = {
  __typename?: 'ContactGroupEdge';
  cursor: Scalars['String']['output'];
  node: ContactGroup;
};

/** SMART: criteria, evaluated on every read. STATIC: a list of contacts added by hand or in bulk. */
export type ContactGroupKind =
  | 'SMART'
  | 'STATIC';

/** The fields to change; what is left out stays as it is. */
export type ContactGroupUpdateInput = {
  /** An empty text clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Smart groups only. */
  filter?: InputMaybe<ContactFilterInput>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A contact file you uploaded, its mapping and options, and how its last check or import went. Only its uploader sees it. */
export type ContactImport = {
  __typename?: 'ContactImport';
  counts?: Maybe<ContactImportCounts>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The column separator found in a CSV: ";", "," or a tab. */
  delimiter?: Maybe<Scalars['String']['output']>;
  /** Whether `counts` and `rows` are from a check (true) or an import (false); null before either. */
  dryRun?: Maybe<Scalars['Boolean']['output']>;
  /** utf-8 or windows-1251 (CSV only). */
  encoding?: Maybe<Scalars['String']['output']>;
  /** Why the last run failed: a namespace-prefixed i18n key. */
  errorKey?: Maybe<Scalars['String']['output']>;
  errorMode: ImportErrorMode;
  errorParams?: Maybe<Scalars['JSONObject']['output']>;
  fileName: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  format: ImportFormat;
  headers: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The mapping in force: the one set or saved, else the suggestion. */
  mapping: Array<ImportField>;
  mappingSource: ImportMappingSource;
  matchMode: ImportMatchMode;
  /** The report of the last check or import as CSV (UTF-8); add ?lang=en|uk. */
  reportUrl?: Maybe<Scalars['String']['output']>;
  /** Rows below the header that are not empty. */
  rowCount: Scalars['Int']['output'];
  /** Rows of the last check or import, in file order; ERROR for the problems. */
  rows: ContactImportRowConnection;
  /** The first rows as text, cell by cell under `headers`. */
  sample: Array<Array<Scalars['String']['output']>>;
  /** Bytes. */
  size: Scalars['Int']['output'];
  status: ContactImportStatus;
  /** What the headers suggest, Ukrainian or English (Прізвище, Телефон, E-mail …). */
  suggestedMapping: Array<ImportField>;
  /** The unit for rows without a unit column. */
  targetOrgUnit?: Maybe<OrgUnit>;
  /** The background task of the last check or import: follow it with backgroundTask(id). */
  taskId?: Maybe<Scalars['ID']['output']>;
};


/** A contact file you uploaded, its mapping and options, and how its last check or import went. Only its uploader sees it. */
export type ContactImportRowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  outcome?: InputMaybe<ImportRowOutcome>;
};

export type ContactImportConnection = {
  __typename?: 'ContactImportConnection';
  edges: Array<ContactImportEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Rows of the file by outcome, after a check (what would happen) or an import. */
export type ContactImportCounts = {
  __typename?: 'ContactImportCounts';
  created: Scalars['Int']['output'];
  errors: Scalars['Int']['output'];
  /** Empty rows, rows that change nothing, and good rows an all-or-nothing import did not write. */
  skipped: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type ContactImportEdge = {
  __typename?: 'ContactImportEdge';
  cursor: Scalars['String']['output'];
  node: ContactImport;
};

/** How an import treats its rows. */
export type ContactImportOptionsInput = {
  errorMode: ImportErrorMode;
  matchMode: ImportMatchMode;
  /** The unit for rows without a unit column (one you may add contacts to). */
  targetOrgUnitId?: InputMaybe<Scalars['ID']['input']>;
};

/** One row of the file and its outcome. */
export type ContactImportRow = {
  __typename?: 'ContactImportRow';
  /** The contact, if it exists and you can see it. */
  contact?: Maybe<Contact>;
  /** The contact created or updated (or, after a check, the one that would be updated). */
  contactId?: Maybe<Scalars['ID']['output']>;
  errors: Array<ContactImportRowError>;
  outcome: ImportRowOutcome;
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: Scalars['Int']['output'];
};

export type ContactImportRowConnection = {
  __typename?: 'ContactImportRowConnection';
  edges: Array<ContactImportRowEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactImportRowEdge = {
  __typename?: 'ContactImportRowEdge';
  cursor: Scalars['String']['output'];
  node: ContactImportRow;
};

/** One problem of one row, in the column it came from. */
export type ContactImportRowError = {
  __typename?: 'ContactImportRowError';
  /** Index of the column to blame, if one is. */
  column?: Maybe<Scalars['Int']['output']>;
  /** The import field (lastName, phone, birthDate, unit …) or "row" for the row as a whole. */
  field: Scalars['String']['output'];
  /** That column's header. */
  header?: Maybe<Scalars['String']['output']>;
  /** Namespace-prefixed i18n key of the message. */
  i18nKey: Scalars['String']['output'];
  params: Scalars['JSONObject']['output'];
  /** What the cell said. */
  value?: Maybe<Scalars['String']['output']>;
};

/** uploaded → checking → checked → importing → imported, or failed. */
export type ContactImportStatus =
  | 'CHECKED'
  | 'CHECKING'
  | 'FAILED'
  | 'IMPORTED'
  | 'IMPORTING'
  | 'UPLOADED';

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

/** The contacts list as shown: its search and unit, the same arguments as `contacts`. */
export type ContactListSelectionInput = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** One merge of two contacts: what it kept, and whether it can still be undone. */
export type ContactMerge = {
  __typename?: 'ContactMerge';
  /** Who merged. */
  actorName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  mergedAt: Scalars['DateTimeISO']['output'];
  /** The id the merged contact had, and has again after an undo. */
  mergedContactId: Scalars['ID']['output'];
  mergedName: Scalars['String']['output'];
  /** Rows that pointed at the merged contact and now point at the survivor. */
  movedCount: Scalars['Int']['output'];
  /** The contact that was kept; null once it is gone (deleted, or merged in turn). */
  survivor?: Maybe<Contact>;
  /** Null when you can undo the merge now. */
  undoBlockedBy?: Maybe<MergeUndoBlock>;
  undoneAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type ContactMergeConnection = {
  __typename?: 'ContactMergeConnection';
  edges: Array<ContactMergeEdge>;
  pageInfo: PageInfo;
};

export type ContactMergeEdge = {
  __typename?: 'ContactMergeEdge';
  cursor: Scalars['String']['output'];
  node: ContactMerge;
};

/** A link to another contact you can see, labelled from this contact’s side. */
export type ContactRelationshipView = {
  __typename?: 'ContactRelationshipView';
  /** The other contact. */
  contact: Contact;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** This contact is KIND of `contact`: e.g. CHILD_OF their parent. */
  kind: RelationshipKind;
};

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

/** Which contacts an action is for: exactly one of a list, a filter, a group or ids. Always within your scope. */
export type ContactSelectionInput = {
  /** Up to 1,000 contacts picked one by one. */
  contactIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<ContactFilterInput>;
  groupId?: InputMaybe<Scalars['ID']['input']>;
  list?: InputMaybe<ContactListSelectionInput>;
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

/** Two contacts a scan found to be possibly one person; visible when you can see both. */
export type DuplicatePair = {
  __typename?: 'DuplicatePair';
  contactA: Contact;
  contactB: Contact;
  foundAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  rules: Array<DuplicateRule>;
  /** How likely the two are one person, 0–100. */
  score: Scalars['Int']['output'];
  status: DuplicatePairStatus;
  /** Whether you may merge or dismiss the pair: you can edit both contacts. */
  viewerCanMerge: Scalars['Boolean']['output'];
};

export type DuplicatePairConnection = {
  __typename?: 'DuplicatePairConnection';
  edges: Array<DuplicatePairEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DuplicatePairEdge = {
  __typename?: 'DuplicatePairEdge';
  cursor: Scalars['String']['output'];
  node: DuplicatePair;
};

export type DuplicatePairStatus =
  | 'DISMISSED'
  | 'MERGED'
  | 'OPEN';

/** Why two contacts look like one person: a shared e-mail, a shared phone, or a close name with the same birth date. */
export type DuplicateRule =
  | 'EMAIL'
  | 'NAME_BIRTH_DATE'
  | 'PHONE';

/** CSV (UTF-8, `;`-separated for Excel) or XLSX. */
export type ExportFormat =
  | 'CSV'
  | 'XLSX';

export type Gender =
  | 'FEMALE'
  | 'MALE';

/** SKIP_BAD_ROWS: good rows are written, bad ones reported. ALL_OR_NOTHING: one bad row and nothing is written. */
export type ImportErrorMode =
  | 'ALL_OR_NOTHING'
  | 'SKIP_BAD_ROWS';

/** What a column of an import file holds. FULL_NAME is split into last name, first name and patronymic; UNIT is a branch code or exact name. */
export type ImportField =
  | 'ADDRESS_REGION'
  | 'ADDRESS_SETTLEMENT'
  | 'ADDRESS_STREET'
  | 'BIRTH_DATE'
  | 'CONTACT_TYPE'
  | 'EMAIL'
  | 'FIRST_NAME'
  | 'FULL_NAME'
  | 'GENDER'
  | 'IGNORE'
  | 'LAST_NAME'
  | 'NOTES'
  | 'PATRONYMIC'
  | 'PHONE'
  | 'SOURCE'
  | 'TAGS'
  | 'UNIT';

export type ImportFormat =
  | 'CSV'
  | 'XLSX';

/** SUGGESTED from the headers, SAVED for the same headers earlier, or SET by you. */
export type ImportMappingSource =
  | 'SAVED'
  | 'SET'
  | 'SUGGESTED';

/** UPDATE_MATCHING: a row whose phone or e-mail matches a contact you may edit updates it, other rows create contacts. ALWAYS_CREATE: every row is a new contact. */
export type ImportMatchMode =
  | 'ALWAYS_CREATE'
  | 'UPDATE_MATCHING';

/** After a check: what would happen to the row; after an import: what did. */
export type ImportRowOutcome =
  | 'CREATED'
  | 'ERROR'
  | 'SKIPPED'
  | 'UPDATED';

/** What a person can log on a contact’s timeline. */
export type LoggedActivityKind =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'NOTE';

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
  /** Whether you may add and edit contacts somewhere, and so import them (see contactWritableUnits for where). */
  canAddContacts: Scalars['Boolean']['output'];
  /** Whether you write contacts somewhere: transfer requests to those units are yours to decide. */
  canDecideMembershipTransfers: Scalars['Boolean']['output'];
  /** Your contact record as the contacts list shows it: null when it is outside your contacts scope. */
  contact?: Maybe<Contact>;
  /** Your own contact record, if your account has one: see myProfile. */
  contactId?: Maybe<Scalars['ID']['output']>;
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  roles: Array<RoleAssignment>;
};

/** A unit as transfers name it: id and names only. Unit names are not sensitive, so they are shown on both sides of a transfer. */
export type MembershipBranch = {
  __typename?: 'MembershipBranch';
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameUk: Scalars['String']['output'];
  regionNameEn?: Maybe<Scalars['String']['output']>;
  regionNameUk?: Maybe<Scalars['String']['output']>;
};

/** applicant → candidate → member → suspended → left / expelled. */
export type MembershipStatus =
  | 'APPLICANT'
  | 'CANDIDATE'
  | 'EXPELLED'
  | 'LEFT'
  | 'MEMBER'
  | 'SUSPENDED';

/** One step of a contact's membership history. */
export type MembershipStatusChange = {
  __typename?: 'MembershipStatusChange';
  /** Who recorded the step; null for imported or seeded history. */
  actorName?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD: the day the step took effect. */
  changedOn: Scalars['String']['output'];
  /** When the step was recorded. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Null for the first step. */
  fromStatus?: Maybe<MembershipStatus>;
  id: Scalars['ID']['output'];
  /** The membership type from this step on. */
  membershipType: MembershipType;
  reason?: Maybe<Scalars['String']['output']>;
  toStatus: MembershipStatus;
};

/** A membership status, or NONE for contacts without a membership. */
export type MembershipStatusFilter =
  | 'APPLICANT'
  | 'CANDIDATE'
  | 'EXPELLED'
  | 'LEFT'
  | 'MEMBER'
  | 'NONE'
  | 'SUSPENDED';

/** A request to move a contact to another branch, decided by the receiving branch. */
export type MembershipTransfer = {
  __typename?: 'MembershipTransfer';
  /** The contact, when you can see it (the receiving side only after accepting). */
  contact?: Maybe<Contact>;
  /** Who is to be transferred: shown to the receiving side, which cannot see the contact yet. */
  contactDisplayName: Scalars['String']['output'];
  contactId: Scalars['ID']['output'];
  contactMembershipStatus?: Maybe<MembershipStatus>;
  contactMembershipType?: Maybe<MembershipType>;
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  decidedByName?: Maybe<Scalars['String']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  fromUnit: MembershipBranch;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTimeISO']['output'];
  requestedByName?: Maybe<Scalars['String']['output']>;
  status: MembershipTransferStatus;
  toUnit: MembershipBranch;
  /** Pending, and you may write the contact where it is kept now. */
  viewerCanCancel: Scalars['Boolean']['output'];
  /** Pending, and you may write contacts at the receiving unit. */
  viewerCanDecide: Scalars['Boolean']['output'];
};

export type MembershipTransferConnection = {
  __typename?: 'MembershipTransferConnection';
  edges: Array<MembershipTransferEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MembershipTransferEdge = {
  __typename?: 'MembershipTransferEdge';
  cursor: Scalars['String']['output'];
  node: MembershipTransfer;
};

/** pending → accepted | declined (by the receiving side) | cancelled (by the sending side). */
export type MembershipTransferStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'DECLINED'
  | 'PENDING';

export type MembershipType =
  | 'CANDIDATE'
  | 'MEMBER'
  | 'SUPPORTER';

/** What the kept contact ends up with. A field left out takes the survivor’s value, or the merged record’s where the survivor has none; lists left out keep every item of both. */
export type MergeFieldChoices = {
  /** Region, settlement and street together. */
  address?: InputMaybe<MergeSide>;
  birthDate?: InputMaybe<MergeSide>;
  /** Consent time and text version together. */
  consent?: InputMaybe<MergeSide>;
  contactType?: InputMaybe<MergeSide>;
  /** E-mails to keep, main first; each must be one of either record’s. */
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  firstName?: InputMaybe<MergeSide>;
  gender?: InputMaybe<MergeSide>;
  lastName?: InputMaybe<MergeSide>;
  /** Membership type, status, since and card number together. */
  membership?: InputMaybe<MergeSide>;
  notes?: InputMaybe<MergeNotes>;
  patronymic?: InputMaybe<MergeSide>;
  /** Phones to keep, main first; each must be one of either record’s. */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<MergeSide>;
  /** Tags to keep; each must be one of either record’s. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Which notes to keep; BOTH keeps the survivor’s, then the other’s. */
export type MergeNotes =
  | 'BOTH'
  | 'MERGED'
  | 'SURVIVOR';

/** Which record a merged field comes from. */
export type MergeSide =
  | 'MERGED'
  | 'SURVIVOR';

/** Why a merge cannot be undone now. */
export type MergeUndoBlock =
  | 'NOT_ALLOWED'
  | 'SURVIVOR_CHANGED'
  | 'SURVIVOR_GONE'
  | 'UNDONE';

/** The versions of the two contacts you compared; the merge is refused if either has changed. */
export type MergeVersions = {
  merged: Scalars['Int']['input'];
  survivor: Scalars['Int']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Links a contact you may edit to one you can see: "contactId is KIND of relatedContactId". */
  addContactRelationship: ContactRelationshipView;
  /** Adds contacts you may edit to a static group. */
  addContactsToGroup: BulkActionPayload;
  /** Adds a schedule; its days may not overlap another of the type. Needs dues write over the whole organization. */
  addDuesSchedule: DuesSchedule;
  /** Gives the contact a membership card: the number typed, or the next generated one. */
  assignMembershipCard: Contact;
  /** Adds every selected contact you may edit to a static group. */
  bulkAddToGroup: BulkActionPayload;
  /** Adds (or with remove, takes off) a tag on every selected contact you may edit. */
  bulkTagContacts: BulkActionPayload;
  /** The sending side withdraws a pending request. */
  cancelMembershipTransfer: MembershipTransfer;
  /** One step of the membership lifecycle over the contact's version; becoming a member without a card assigns one. */
  changeMembershipStatus: Contact;
  /** Adds a contact to a unit you may write to; stops at possible duplicates unless allowed. */
  createContact: ContactSavePayload;
  /** A new smart or static group owned by a unit whose contacts you may edit. */
  createContactGroup: ContactGroup;
  /** The receiving side accepts (the contact moves) or declines a pending request. */
  decideMembershipTransfer: MembershipTransfer;
  /** Deletes a group (never its contacts); returns its id. */
  deleteContactGroup: Scalars['ID']['output'];
  /** Removes a payment recorded by mistake, with the reason; the audit log keeps it. */
  deleteDuesPayment: Contact;
  /** Marks an open pair as two different people; scans will not bring it back. */
  dismissDuplicatePair: DuplicatePair;
  /** Sets the last day a schedule applies. */
  endDuesSchedule: DuesSchedule;
  /** Charges dues for a month ('YYYY-MM', not in the future) in your dues scope, as a background task; returns its id. */
  generateDuesCharges: Scalars['ID']['output'];
  /** Reads a bank statement CSV and matches its credits to contacts; records them as payments unless dryRun. */
  importBankStatement: BankStatementResult;
  /** Logs a call, meeting, note or e-mail on a contact you may edit. */
  logContactActivity: ContactActivity;
  /** Signs in: sets the session cookie and returns a bearer token. */
  login: LoginResult;
  /** Ends the current session. */
  logout: Scalars['Boolean']['output'];
  /** Merges one contact into another: the survivor takes the chosen fields and every record of the merged one, which is deleted. Can be undone. */
  mergeContacts: ContactMerge;
  /** Prepares a file of the selected contacts within your scope; download it from the returned url. Every export is audited. */
  prepareContactExport: ContactExportTicket;
  /** Records a donation with its receipt number. */
  recordContribution: ContributionPayload;
  /** Records a dues payment; the contact's balance moves with it. */
  recordDuesPayment: DuesPaymentPayload;
  /** Removes a link between two contacts you can see, one of them yours to edit; returns its id. */
  removeContactRelationship: Scalars['ID']['output'];
  /** Takes contacts you may edit out of a static group. */
  removeContactsFromGroup: BulkActionPayload;
  /** Asks another branch to take the contact over; one pending request per contact. */
  requestMembershipTransfer: MembershipTransfer;
  /** Starts a check (dryRun: true, changes no contact) or the import, as a background task (taskId). */
  runContactImport: ContactImport;
  /** Starts a duplicate scan of the unit’s subtree where you may edit contacts; returns the task to follow. */
  scanDuplicates: Scalars['ID']['output'];
  /** Sets what each column holds and how rows are treated; saved for files with the same headers. Drops an earlier check. */
  setContactImportMapping: ContactImport;
  /** Undoes a merge: the merged contact and all its records come back, the survivor gets its earlier values. */
  undoContactMerge: ContactMerge;
  /** Saves a contact's fields over the version you read; refused if someone saved since. */
  updateContact: ContactSavePayload;
  /** Saves over the version you read; refused if someone saved since. */
  updateContactGroup: ContactGroup;
  /** Saves your own phones, e-mails and address over the version you read; nothing else changes. */
  updateMyContactDetails: Contact;
};


export type MutationAddContactRelationshipArgs = {
  contactId: Scalars['ID']['input'];
  kind: RelationshipKind;
  relatedContactId: Scalars['ID']['input'];
};


export type MutationAddContactsToGroupArgs = {
  contactIds: Array<Scalars['ID']['input']>;
  groupId: Scalars['ID']['input'];
};


export type MutationAddDuesScheduleArgs = {
  input: DuesScheduleInput;
};


export type MutationAssignMembershipCardArgs = {
  cardNumber?: InputMaybe<Scalars['String']['input']>;
  contactId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationBulkAddToGroupArgs = {
  groupId: Scalars['ID']['input'];
  selection: ContactSelectionInput;
};


export type MutationBulkTagContactsArgs = {
  remove?: Scalars['Boolean']['input'];
  selection: ContactSelectionInput;
  tag: Scalars['String']['input'];
};


export type MutationCancelMembershipTransferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeMembershipStatusArgs = {
  changedOn: Scalars['String']['input'];
  contactId: Scalars['ID']['input'];
  membershipType?: InputMaybe<MembershipType>;
  reason?: InputMaybe<Scalars['String']['input']>;
  toStatus: MembershipStatus;
  version: Scalars['Int']['input'];
};


export type MutationCreateContactArgs = {
  allowDuplicate?: Scalars['Boolean']['input'];
  input: ContactInput;
  orgUnitId: Scalars['ID']['input'];
};


export type MutationCreateContactGroupArgs = {
  input: ContactGroupCreateInput;
};


export type MutationDecideMembershipTransferArgs = {
  accept: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteContactGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDuesPaymentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDismissDuplicatePairArgs = {
  id: Scalars['ID']['input'];
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


export type MutationLogContactActivityArgs = {
  body?: InputMaybe<Scalars['String']['input']>;
  contactId: Scalars['ID']['input'];
  kind: LoggedActivityKind;
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMergeContactsArgs = {
  expectedVersions: MergeVersions;
  fieldChoices?: InputMaybe<MergeFieldChoices>;
  mergedId: Scalars['ID']['input'];
  survivorId: Scalars['ID']['input'];
};


export type MutationPrepareContactExportArgs = {
  format: ExportFormat;
  selection: ContactSelectionInput;
};


export type MutationRecordContributionArgs = {
  input: ContributionInput;
};


export type MutationRecordDuesPaymentArgs = {
  input: DuesPaymentInput;
};


export type MutationRemoveContactRelationshipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveContactsFromGroupArgs = {
  contactIds: Array<Scalars['ID']['input']>;
  groupId: Scalars['ID']['input'];
};


export type MutationRequestMembershipTransferArgs = {
  contactId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  toUnitId: Scalars['ID']['input'];
};


export type MutationRunContactImportArgs = {
  dryRun: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationScanDuplicatesArgs = {
  orgUnitId: Scalars['ID']['input'];
};


export type MutationSetContactImportMappingArgs = {
  id: Scalars['ID']['input'];
  mapping: Array<ImportField>;
  options: ContactImportOptionsInput;
};


export type MutationUndoContactMergeArgs = {
  mergeId: Scalars['ID']['input'];
};


export type MutationUpdateContactArgs = {
  allowDuplicate?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  input: ContactInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateContactGroupArgs = {
  id: Scalars['ID']['input'];
  input: ContactGroupUpdateInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateMyContactDetailsArgs = {
  addressRegion?: InputMaybe<Scalars['String']['input']>;
  addressSettlement?: InputMaybe<Scalars['String']['input']>;
  addressStreet?: InputMaybe<Scalars['String']['input']>;
  emails: Array<Scalars['String']['input']>;
  phones: Array<Scalars['String']['input']>;
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
  /** A group by id; null when unknown or out of scope. */
  contactGroup?: Maybe<ContactGroup>;
  /** Groups you can see (your units’ and those shared down to you), by name. */
  contactGroups: ContactGroupConnection;
  /** One of your imports; null for anyone else’s or an unknown id. */
  contactImport?: Maybe<ContactImport>;
  /** Column mappings you saved, most recently used first. */
  contactImportMappings: SavedImportMappingConnection;
  /** Units you may import contacts into, matching a name or code; at most 50, in tree order. */
  contactImportTargetUnits: Array<OrgUnit>;
  /** Your imports, newest first. */
  contactImports: ContactImportConnection;
  /** A merge by id; null when unknown or out of scope. */
  contactMerge?: Maybe<ContactMerge>;
  /** Merges of contacts within the unit’s subtree that you can see, newest first. */
  contactMerges: ContactMergeConnection;
  /** Units you may add contacts to, matching the name or code; top of the tree first. */
  contactWritableUnits: Array<OrgUnit>;
  /** Contacts in scope, by name; search matches name, phone or e-mail. */
  contacts: ContactConnection;
  duesAccess: DuesAccess;
  /** Every dues schedule, current and past, by membership type. */
  duesSchedules: Array<DuesSchedule>;
  /** A pair by id; null when unknown or when you cannot see both contacts. */
  duplicatePair?: Maybe<DuplicatePair>;
  /** Pairs whose both contacts are in the unit’s subtree and visible to you, likeliest first. */
  duplicatePairs: DuplicatePairConnection;
  /** Your latest duplicate scan of the unit, running or finished. */
  duplicateScan?: Maybe<BackgroundTask>;
  /** Transfer requests to units in your scope, newest first; all statuses when status is null. */
  incomingMembershipTransfers: MembershipTransferConnection;
  /** The signed-in user, or null. */
  me?: Maybe<Me>;
  /** Your own contact record; null when your account has none. */
  myProfile?: Maybe<Contact>;
  /** A unit by id; null when unknown or out of scope. */
  orgUnit?: Maybe<OrgUnit>;
  /** Visible units whose name (either language) or code contains the text; higher units first, then by name. */
  orgUnitSearch: Array<OrgUnit>;
  /** What a filter matches in your scope now: the group builder's live count. */
  previewContactFilter: ContactFilterPreview;
  /** The top units of the viewer's scope. */
  rootOrgUnits: Array<OrgUnit>;
  /** One search box over everything in scope; each type is searched only if asked for. */
  search: SearchResults;
  /** Branches anywhere whose name or region matches, for picking a transfer target (ids and names only). */
  transferTargets: Array<MembershipBranch>;
};


export type QueryBackgroundTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryContactImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactImportMappingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryContactImportTargetUnitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryContactImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryContactMergeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactMergesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orgUnitId: Scalars['ID']['input'];
};


export type QueryContactWritableUnitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDuplicatePairArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDuplicatePairsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orgUnitId: Scalars['ID']['input'];
  status?: DuplicatePairStatus;
};


export type QueryDuplicateScanArgs = {
  orgUnitId: Scalars['ID']['input'];
};


export type QueryIncomingMembershipTransfersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MembershipTransferStatus>;
};


export type QueryOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrgUnitSearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryPreviewContactFilterArgs = {
  filter: ContactFilterInput;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryTransferTargetsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search: Scalars['String']['input'];
};

/** UNIT: that unit only. SUBTREE: that unit and all under it. */
export type Reach =
  | 'SUBTREE'
  | 'UNIT';

/** How a contact relates to the other, read from its side: A PARENT_OF B is B CHILD_OF A. */
export type RelationshipKind =
  | 'CHILD_OF'
  | 'COLLEAGUE'
  | 'EMPLOYEE_OF'
  | 'EMPLOYER_OF'
  | 'PARENT_OF'
  | 'RECRUITED'
  | 'RECRUITED_BY'
  | 'RELATIVE'
  | 'SPOUSE';

export type RoleAssignment = {
  __typename?: 'RoleAssignment';
  orgUnit: OrgUnit;
  reach: Reach;
  role: Scalars['String']['output'];
};

/** A column mapping you saved; applied by itself to a file with the same headers. */
export type SavedImportMapping = {
  __typename?: 'SavedImportMapping';
  headers: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  mapping: Array<ImportField>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type SavedImportMappingConnection = {
  __typename?: 'SavedImportMappingConnection';
  edges: Array<SavedImportMappingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SavedImportMappingEdge = {
  __typename?: 'SavedImportMappingEdge';
  cursor: Scalars['String']['output'];
  node: SavedImportMapping;
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


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginResult', expiresAt: string, me: { __typename?: 'Me', id: string, email: string, displayName: string, locale: string, contactId?: string | null, canAddContacts: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Me', id: string, email: string, displayName: string, locale: string, contactId?: string | null, canAddContacts: boolean } | null };

export type ContactRecordFragment = { __typename?: 'Contact', id: string, firstName: string, lastName: string, patronymic?: string | null, displayName: string, phones: Array<string>, emails: Array<string>, gender?: Gender | null, birthDate?: string | null, addressRegion?: string | null, addressSettlement?: string | null, addressStreet?: string | null, tags: Array<string>, notes?: string | null, source?: string | null, consentAt?: string | null, consentVersion?: string | null, contactType: ContactKind, membershipType?: MembershipType | null, membershipStatus?: MembershipStatus | null, membershipSince?: string | null, cardNumber?: string | null, version: number, createdAt: string, updatedAt: string, viewerCanWrite: boolean, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string, kind: OrgUnitKind }, region?: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } | null };

export type ContactQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactQuery = { __typename?: 'Query', contact?: { __typename?: 'Contact', id: string, firstName: string, lastName: string, patronymic?: string | null, displayName: string, phones: Array<string>, emails: Array<string>, gender?: Gender | null, birthDate?: string | null, addressRegion?: string | null, addressSettlement?: string | null, addressStreet?: string | null, tags: Array<string>, notes?: string | null, source?: string | null, consentAt?: string | null, consentVersion?: string | null, contactType: ContactKind, membershipType?: MembershipType | null, membershipStatus?: MembershipStatus | null, membershipSince?: string | null, cardNumber?: string | null, version: number, createdAt: string, updatedAt: string, viewerCanWrite: boolean, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string, kind: OrgUnitKind }, region?: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } | null } | null };

export type ContactsPermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactsPermissionsQuery = { __typename?: 'Query', me?: { __typename?: 'Me', id: string, canAddContacts: boolean } | null };

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

export type PossibleDuplicateFragment = { __typename?: 'Contact', id: string, displayName: string, phones: Array<string>, emails: Array<string>, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } };

export type UpdateContactMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: ContactInput;
  allowDuplicate: Scalars['Boolean']['input'];
}>;


export type UpdateContactMutation = { __typename?: 'Mutation', updateContact: { __typename?: 'ContactSavePayload', contact?: { __typename?: 'Contact', id: string, firstName: string, lastName: string, patronymic?: string | null, displayName: string, phones: Array<string>, emails: Array<string>, gender?: Gender | null, birthDate?: string | null, addressRegion?: string | null, addressSettlement?: string | null, addressStreet?: string | null, tags: Array<string>, notes?: string | null, source?: string | null, consentAt?: string | null, consentVersion?: string | null, contactType: ContactKind, membershipType?: MembershipType | null, membershipStatus?: MembershipStatus | null, membershipSince?: string | null, cardNumber?: string | null, version: number, createdAt: string, updatedAt: string, viewerCanWrite: boolean, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string, kind: OrgUnitKind }, region?: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } | null } | null, duplicates: Array<{ __typename?: 'Contact', id: string, displayName: string, phones: Array<string>, emails: Array<string>, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } }> } };

export type CreateContactMutationVariables = Exact<{
  orgUnitId: Scalars['ID']['input'];
  input: ContactInput;
  allowDuplicate: Scalars['Boolean']['input'];
}>;


export type CreateContactMutation = { __typename?: 'Mutation', createContact: { __typename?: 'ContactSavePayload', contact?: { __typename?: 'Contact', id: string } | null, duplicates: Array<{ __typename?: 'Contact', id: string, displayName: string, phones: Array<string>, emails: Array<string>, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } }> } };

export type ContactWritableUnitsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type ContactWritableUnitsQuery = { __typename?: 'Query', contactWritableUnits: Array<{ __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string, kind: OrgUnitKind }> };

export type ImportBankStatementMutationVariables = Exact<{
  input: BankStatementInput;
}>;


export type ImportBankStatementMutation = { __typename?: 'Mutation', importBankStatement: { __typename?: 'BankStatementResult', encoding: string, delimiter: string, headers: Array<string>, bankImportId?: string | null, paymentsCreated: number, importedKopiyky: number, mapping: { __typename?: 'BankColumnMapping', date: string, amount: string, payer?: string | null, purpose?: string | null, reference?: string | null }, rows: Array<{ __typename?: 'BankStatementRow', line: number, date?: string | null, amountKopiyky?: number | null, payer: string, purpose: string, reference?: string | null, status: BankRowStatus, matchedBy?: BankMatch | null, reason?: string | null, contact?: { __typename?: 'Contact', id: string, displayName: string } | null }> } };

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

export type ContactMergesQueryVariables = Exact<{
  orgUnitId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContactMergesQuery = { __typename?: 'Query', contactMerges: { __typename?: 'ContactMergeConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ContactMergeEdge', cursor: string, node: { __typename?: 'ContactMerge', id: string, mergedName: string, mergedContactId: string, movedCount: number, actorName?: string | null, mergedAt: string, undoneAt?: string | null, undoBlockedBy?: MergeUndoBlock | null, survivor?: { __typename?: 'Contact', id: string, displayName: string, phones: Array<string>, emails: Array<string>, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } } | null } }> } };

export type ContactMergeSummaryFragment = { __typename?: 'ContactMerge', id: string, mergedName: string, mergedContactId: string, movedCount: number, actorName?: string | null, mergedAt: string, undoneAt?: string | null, undoBlockedBy?: MergeUndoBlock | null, survivor?: { __typename?: 'Contact', id: string, displayName: string, phones: Array<string>, emails: Array<string>, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } } | null };

export type MergeContactsMutationVariables = Exact<{
  survivorId: Scalars['ID']['input'];
  mergedId: Scalars['ID']['input'];
  expectedVersions: MergeVersions;
  fieldChoices?: InputMaybe<MergeFieldChoices>;
}>;


export type MergeContactsMutation = { __typename?: 'Mutation', mergeContacts: { __typename?: 'ContactMerge', id: string, mergedName: string, mergedContactId: string, movedCount: number, actorName?: string | null, mergedAt: string, undoneAt?: string | null, undoBlockedBy?: MergeUndoBlock | null, survivor?: { __typename?: 'Contact', id: string, displayName: string, phones: Array<string>, emails: Array<string>, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } } | null } };

export type UndoContactMergeMutationVariables = Exact<{
  mergeId: Scalars['ID']['input'];
}>;


export type UndoContactMergeMutation = { __typename?: 'Mutation', undoContactMerge: { __typename?: 'ContactMerge', id: string, mergedName: string, mergedContactId: string, movedCount: number, actorName?: string | null, mergedAt: string, undoneAt?: string | null, undoBlockedBy?: MergeUndoBlock | null, survivor?: { __typename?: 'Contact', id: string, displayName: string, phones: Array<string>, emails: Array<string>, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } } | null } };

export type DuplicatePairQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DuplicatePairQuery = { __typename?: 'Query', duplicatePair?: { __typename?: 'DuplicatePair', id: string, rules: Array<DuplicateRule>, score: number, status: DuplicatePairStatus, viewerCanMerge: boolean, contactA: { __typename?: 'Contact', id: string, version: number, displayName: string, lastName: string, firstName: string, patronymic?: string | null, gender?: Gender | null, birthDate?: string | null, phones: Array<string>, emails: Array<string>, addressRegion?: string | null, addressSettlement?: string | null, addressStreet?: string | null, tags: Array<string>, notes?: string | null, source?: string | null, contactType: ContactKind, consentAt?: string | null, consentVersion?: string | null, membershipType?: MembershipType | null, membershipStatus?: MembershipStatus | null, membershipSince?: string | null, cardNumber?: string | null, createdAt: string, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } }, contactB: { __typename?: 'Contact', id: string, version: number, displayName: string, lastName: string, firstName: string, patronymic?: string | null, gender?: Gender | null, birthDate?: string | null, phones: Array<string>, emails: Array<string>, addressRegion?: string | null, addressSettlement?: string | null, addressStreet?: string | null, tags: Array<string>, notes?: string | null, source?: string | null, contactType: ContactKind, consentAt?: string | null, consentVersion?: string | null, membershipType?: MembershipType | null, membershipStatus?: MembershipStatus | null, membershipSince?: string | null, cardNumber?: string | null, createdAt: string, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } } } | null };

export type MergeContactFragment = { __typename?: 'Contact', id: string, version: number, displayName: string, lastName: string, firstName: string, patronymic?: string | null, gender?: Gender | null, birthDate?: string | null, phones: Array<string>, emails: Array<string>, addressRegion?: string | null, addressSettlement?: string | null, addressStreet?: string | null, tags: Array<string>, notes?: string | null, source?: string | null, contactType: ContactKind, consentAt?: string | null, consentVersion?: string | null, membershipType?: MembershipType | null, membershipStatus?: MembershipStatus | null, membershipSince?: string | null, cardNumber?: string | null, createdAt: string, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } };

export type DuplicatePairsQueryVariables = Exact<{
  orgUnitId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DuplicatePairsQuery = { __typename?: 'Query', duplicatePairs: { __typename?: 'DuplicatePairConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'DuplicatePairEdge', cursor: string, node: { __typename?: 'DuplicatePair', id: string, rules: Array<DuplicateRule>, score: number, viewerCanMerge: boolean, contactA: { __typename?: 'Contact', id: string, displayName: string, phone?: string | null, email?: string | null, birthDate?: string | null, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } }, contactB: { __typename?: 'Contact', id: string, displayName: string, phone?: string | null, email?: string | null, birthDate?: string | null, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } } } }> } };

export type PairContactFragment = { __typename?: 'Contact', id: string, displayName: string, phone?: string | null, email?: string | null, birthDate?: string | null, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } };

export type DismissDuplicatePairMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DismissDuplicatePairMutation = { __typename?: 'Mutation', dismissDuplicatePair: { __typename?: 'DuplicatePair', id: string, status: DuplicatePairStatus } };

export type DuplicateScanQueryVariables = Exact<{
  orgUnitId: Scalars['ID']['input'];
}>;


export type DuplicateScanQuery = { __typename?: 'Query', duplicateScan?: { __typename?: 'BackgroundTask', id: string, kind: string, status: string, done: number, total?: number | null, result?: Record<string, unknown> | null, errorKey?: string | null, createdAt: string, finishedAt?: string | null } | null };

export type ScanDuplicatesMutationVariables = Exact<{
  orgUnitId: Scalars['ID']['input'];
}>;


export type ScanDuplicatesMutation = { __typename?: 'Mutation', scanDuplicates: string };

export type DuplicatesAccessQueryVariables = Exact<{ [key: string]: never; }>;


export type DuplicatesAccessQuery = { __typename?: 'Query', me?: { __typename?: 'Me', id: string, roles: Array<{ __typename?: 'RoleAssignment', role: string, reach: Reach, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string, kind: OrgUnitKind } }> } | null };

export type BulkTagContactsMutationVariables = Exact<{
  selection: ContactSelectionInput;
  tag: Scalars['String']['input'];
  remove: Scalars['Boolean']['input'];
}>;


export type BulkTagContactsMutation = { __typename?: 'Mutation', bulkTagContacts: { __typename?: 'BulkActionPayload', taskId?: string | null, outcome?: { __typename?: 'BulkActionOutcome', matched: number, changed: number, skipped: number, notWritable: number } | null } };

export type BulkAddToGroupMutationVariables = Exact<{
  selection: ContactSelectionInput;
  groupId: Scalars['ID']['input'];
}>;


export type BulkAddToGroupMutation = { __typename?: 'Mutation', bulkAddToGroup: { __typename?: 'BulkActionPayload', taskId?: string | null, outcome?: { __typename?: 'BulkActionOutcome', matched: number, changed: number, skipped: number, notWritable: number } | null } };

export type PrepareContactExportMutationVariables = Exact<{
  selection: ContactSelectionInput;
  format: ExportFormat;
}>;


export type PrepareContactExportMutation = { __typename?: 'Mutation', prepareContactExport: { __typename?: 'ContactExportTicket', url: string } };

export type ContactFilterFieldsFragment = { __typename?: 'ContactFilter', version: number, unitIds: Array<string>, membershipTypes: Array<MembershipType>, membershipStatuses: Array<MembershipStatusFilter>, contactTypes: Array<ContactKind>, tagsAny: Array<string>, tagsAll: Array<string>, genders: Array<Gender>, ageMin?: number | null, ageMax?: number | null, inArrears?: boolean | null, arrearsAtLeastKopiyky?: number | null, createdFrom?: string | null, createdTo?: string | null, hasPhone?: boolean | null, hasEmail?: boolean | null, hasConsent?: boolean | null, units: Array<{ __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string }> };

export type ContactGroupQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContactGroupQuery = { __typename?: 'Query', contactGroup?: { __typename?: 'ContactGroup', id: string, name: string, description?: string | null, kind: ContactGroupKind, version: number, viewerCanWrite: boolean, count: number, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string }, filter?: { __typename?: 'ContactFilter', version: number, unitIds: Array<string>, membershipTypes: Array<MembershipType>, membershipStatuses: Array<MembershipStatusFilter>, contactTypes: Array<ContactKind>, tagsAny: Array<string>, tagsAll: Array<string>, genders: Array<Gender>, ageMin?: number | null, ageMax?: number | null, inArrears?: boolean | null, arrearsAtLeastKopiyky?: number | null, createdFrom?: string | null, createdTo?: string | null, hasPhone?: boolean | null, hasEmail?: boolean | null, hasConsent?: boolean | null, units: Array<{ __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string }> } | null, contacts: { __typename?: 'ContactConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ContactEdge', cursor: string, node: { __typename?: 'Contact', id: string, displayName: string, phone?: string | null, email?: string | null, tags: Array<string>, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } } }> } } | null };

export type ContactGroupForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactGroupForEditQuery = { __typename?: 'Query', contactGroup?: { __typename?: 'ContactGroup', id: string, name: string, description?: string | null, kind: ContactGroupKind, version: number, viewerCanWrite: boolean, filter?: { __typename?: 'ContactFilter', version: number, unitIds: Array<string>, membershipTypes: Array<MembershipType>, membershipStatuses: Array<MembershipStatusFilter>, contactTypes: Array<ContactKind>, tagsAny: Array<string>, tagsAll: Array<string>, genders: Array<Gender>, ageMin?: number | null, ageMax?: number | null, inArrears?: boolean | null, arrearsAtLeastKopiyky?: number | null, createdFrom?: string | null, createdTo?: string | null, hasPhone?: boolean | null, hasEmail?: boolean | null, hasConsent?: boolean | null, units: Array<{ __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string }> } | null } | null };

export type ContactGroupsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContactGroupsQuery = { __typename?: 'Query', contactGroups: { __typename?: 'ContactGroupConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ContactGroupEdge', cursor: string, node: { __typename?: 'ContactGroup', id: string, name: string, description?: string | null, kind: ContactGroupKind, count: number, viewerCanWrite: boolean, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } } }> } };

export type CreateContactGroupMutationVariables = Exact<{
  input: ContactGroupCreateInput;
}>;


export type CreateContactGroupMutation = { __typename?: 'Mutation', createContactGroup: { __typename?: 'ContactGroup', id: string } };

export type UpdateContactGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: ContactGroupUpdateInput;
}>;


export type UpdateContactGroupMutation = { __typename?: 'Mutation', updateContactGroup: { __typename?: 'ContactGroup', id: string, version: number, name: string, description?: string | null, filter?: { __typename?: 'ContactFilter', version: number, unitIds: Array<string>, membershipTypes: Array<MembershipType>, membershipStatuses: Array<MembershipStatusFilter>, contactTypes: Array<ContactKind>, tagsAny: Array<string>, tagsAll: Array<string>, genders: Array<Gender>, ageMin?: number | null, ageMax?: number | null, inArrears?: boolean | null, arrearsAtLeastKopiyky?: number | null, createdFrom?: string | null, createdTo?: string | null, hasPhone?: boolean | null, hasEmail?: boolean | null, hasConsent?: boolean | null, units: Array<{ __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string }> } | null } };

export type DeleteContactGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteContactGroupMutation = { __typename?: 'Mutation', deleteContactGroup: string };

export type RemoveContactsFromGroupMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  contactIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type RemoveContactsFromGroupMutation = { __typename?: 'Mutation', removeContactsFromGroup: { __typename?: 'BulkActionPayload', outcome?: { __typename?: 'BulkActionOutcome', changed: number } | null } };

export type PreviewContactFilterQueryVariables = Exact<{
  filter: ContactFilterInput;
}>;


export type PreviewContactFilterQuery = { __typename?: 'Query', previewContactFilter: { __typename?: 'ContactFilterPreview', count: number, sample: Array<{ __typename?: 'Contact', id: string, displayName: string }> } };

export type OrgUnitSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type OrgUnitSearchQuery = { __typename?: 'Query', orgUnitSearch: Array<{ __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string, kind: OrgUnitKind }> };

export type GroupOwnerUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupOwnerUnitsQuery = { __typename?: 'Query', me?: { __typename?: 'Me', id: string, roles: Array<{ __typename?: 'RoleAssignment', role: string, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } }> } | null };

export type MyUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyUnitsQuery = { __typename?: 'Query', me?: { __typename?: 'Me', id: string, displayName: string, roles: Array<{ __typename?: 'RoleAssignment', role: string, reach: Reach, orgUnit: { __typename?: 'OrgUnit', id: string, name: string, nameUk: string, nameEn: string, kind: OrgUnitKind, contactCount: number } }> } | null };

export type ContactImportRowsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  outcome?: InputMaybe<ImportRowOutcome>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContactImportRowsQuery = { __typename?: 'Query', contactImport?: { __typename?: 'ContactImport', id: string, rows: { __typename?: 'ContactImportRowConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ContactImportRowEdge', cursor: string, node: { __typename?: 'ContactImportRow', row: number, outcome: ImportRowOutcome, contactId?: string | null, contact?: { __typename?: 'Contact', id: string, displayName: string, phone?: string | null, email?: string | null } | null, errors: Array<{ __typename?: 'ContactImportRowError', field: string, column?: number | null, header?: string | null, i18nKey: string, params: Record<string, unknown>, value?: string | null }> } }> } } | null };

export type ContactImportDetailsFragment = { __typename?: 'ContactImport', id: string, fileName: string, format: ImportFormat, encoding?: string | null, delimiter?: string | null, size: number, rowCount: number, headers: Array<string>, sample: Array<Array<string>>, status: ContactImportStatus, mapping: Array<ImportField>, mappingSource: ImportMappingSource, matchMode: ImportMatchMode, errorMode: ImportErrorMode, dryRun?: boolean | null, errorKey?: string | null, errorParams?: Record<string, unknown> | null, taskId?: string | null, reportUrl?: string | null, createdAt: string, finishedAt?: string | null, targetOrgUnit?: { __typename?: 'OrgUnit', id: string, code: string, nameUk: string, nameEn: string } | null, counts?: { __typename?: 'ContactImportCounts', total: number, created: number, updated: number, skipped: number, errors: number } | null };

export type ContactImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactImportQuery = { __typename?: 'Query', contactImport?: { __typename?: 'ContactImport', id: string, fileName: string, format: ImportFormat, encoding?: string | null, delimiter?: string | null, size: number, rowCount: number, headers: Array<string>, sample: Array<Array<string>>, status: ContactImportStatus, mapping: Array<ImportField>, mappingSource: ImportMappingSource, matchMode: ImportMatchMode, errorMode: ImportErrorMode, dryRun?: boolean | null, errorKey?: string | null, errorParams?: Record<string, unknown> | null, taskId?: string | null, reportUrl?: string | null, createdAt: string, finishedAt?: string | null, targetOrgUnit?: { __typename?: 'OrgUnit', id: string, code: string, nameUk: string, nameEn: string } | null, counts?: { __typename?: 'ContactImportCounts', total: number, created: number, updated: number, skipped: number, errors: number } | null } | null };

export type SetContactImportMappingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  mapping: Array<ImportField> | ImportField;
  options: ContactImportOptionsInput;
}>;


export type SetContactImportMappingMutation = { __typename?: 'Mutation', setContactImportMapping: { __typename?: 'ContactImport', id: string, fileName: string, format: ImportFormat, encoding?: string | null, delimiter?: string | null, size: number, rowCount: number, headers: Array<string>, sample: Array<Array<string>>, status: ContactImportStatus, mapping: Array<ImportField>, mappingSource: ImportMappingSource, matchMode: ImportMatchMode, errorMode: ImportErrorMode, dryRun?: boolean | null, errorKey?: string | null, errorParams?: Record<string, unknown> | null, taskId?: string | null, reportUrl?: string | null, createdAt: string, finishedAt?: string | null, targetOrgUnit?: { __typename?: 'OrgUnit', id: string, code: string, nameUk: string, nameEn: string } | null, counts?: { __typename?: 'ContactImportCounts', total: number, created: number, updated: number, skipped: number, errors: number } | null } };

export type RunContactImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  dryRun: Scalars['Boolean']['input'];
}>;


export type RunContactImportMutation = { __typename?: 'Mutation', runContactImport: { __typename?: 'ContactImport', id: string, fileName: string, format: ImportFormat, encoding?: string | null, delimiter?: string | null, size: number, rowCount: number, headers: Array<string>, sample: Array<Array<string>>, status: ContactImportStatus, mapping: Array<ImportField>, mappingSource: ImportMappingSource, matchMode: ImportMatchMode, errorMode: ImportErrorMode, dryRun?: boolean | null, errorKey?: string | null, errorParams?: Record<string, unknown> | null, taskId?: string | null, reportUrl?: string | null, createdAt: string, finishedAt?: string | null, targetOrgUnit?: { __typename?: 'OrgUnit', id: string, code: string, nameUk: string, nameEn: string } | null, counts?: { __typename?: 'ContactImportCounts', total: number, created: number, updated: number, skipped: number, errors: number } | null } };

export type ContactImportsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContactImportsQuery = { __typename?: 'Query', contactImports: { __typename?: 'ContactImportConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ContactImportEdge', cursor: string, node: { __typename?: 'ContactImport', id: string, fileName: string, rowCount: number, status: ContactImportStatus, dryRun?: boolean | null, createdAt: string, counts?: { __typename?: 'ContactImportCounts', total: number, created: number, updated: number, skipped: number, errors: number } | null } }> } };

export type ContactImportMappingsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type ContactImportMappingsQuery = { __typename?: 'Query', contactImportMappings: { __typename?: 'SavedImportMappingConnection', totalCount: number, edges: Array<{ __typename?: 'SavedImportMappingEdge', cursor: string, node: { __typename?: 'SavedImportMapping', id: string, headers: Array<string>, mapping: Array<ImportField>, updatedAt: string } }> } };

export type ContactImportTargetUnitsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ContactImportTargetUnitsQuery = { __typename?: 'Query', contactImportTargetUnits: Array<{ __typename?: 'OrgUnit', id: string, code: string, nameUk: string, nameEn: string }> };

export type ContactMembershipQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactMembershipQuery = { __typename?: 'Query', contact?: { __typename?: 'Contact', id: string, version: number, viewerCanWrite: boolean, membershipType?: MembershipType | null, membershipStatus?: MembershipStatus | null, membershipSince?: string | null, cardNumber?: string | null, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string }, membershipHistory: Array<{ __typename?: 'MembershipStatusChange', id: string, fromStatus?: MembershipStatus | null, toStatus: MembershipStatus, membershipType: MembershipType, changedOn: string, reason?: string | null, actorName?: string | null, createdAt: string }>, pendingTransfer?: { __typename?: 'MembershipTransfer', id: string, status: MembershipTransferStatus, contactId: string, contactDisplayName: string, contactMembershipStatus?: MembershipStatus | null, note?: string | null, requestedAt: string, requestedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, decisionNote?: string | null, viewerCanDecide: boolean, viewerCanCancel: boolean, fromUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null }, toUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null } } | null, membershipTransfers: Array<{ __typename?: 'MembershipTransfer', id: string, status: MembershipTransferStatus, contactId: string, contactDisplayName: string, contactMembershipStatus?: MembershipStatus | null, note?: string | null, requestedAt: string, requestedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, decisionNote?: string | null, viewerCanDecide: boolean, viewerCanCancel: boolean, fromUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null }, toUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null } }> } | null };

export type ChangeMembershipStatusMutationVariables = Exact<{
  contactId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  toStatus: MembershipStatus;
  changedOn: Scalars['String']['input'];
  membershipType?: InputMaybe<MembershipType>;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ChangeMembershipStatusMutation = { __typename?: 'Mutation', changeMembershipStatus: { __typename?: 'Contact', id: string, version: number, viewerCanWrite: boolean, membershipType?: MembershipType | null, membershipStatus?: MembershipStatus | null, membershipSince?: string | null, cardNumber?: string | null, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string }, membershipHistory: Array<{ __typename?: 'MembershipStatusChange', id: string, fromStatus?: MembershipStatus | null, toStatus: MembershipStatus, membershipType: MembershipType, changedOn: string, reason?: string | null, actorName?: string | null, createdAt: string }>, pendingTransfer?: { __typename?: 'MembershipTransfer', id: string, status: MembershipTransferStatus, contactId: string, contactDisplayName: string, contactMembershipStatus?: MembershipStatus | null, note?: string | null, requestedAt: string, requestedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, decisionNote?: string | null, viewerCanDecide: boolean, viewerCanCancel: boolean, fromUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null }, toUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null } } | null, membershipTransfers: Array<{ __typename?: 'MembershipTransfer', id: string, status: MembershipTransferStatus, contactId: string, contactDisplayName: string, contactMembershipStatus?: MembershipStatus | null, note?: string | null, requestedAt: string, requestedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, decisionNote?: string | null, viewerCanDecide: boolean, viewerCanCancel: boolean, fromUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null }, toUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null } }> } };

export type AssignMembershipCardMutationVariables = Exact<{
  contactId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  cardNumber?: InputMaybe<Scalars['String']['input']>;
}>;


export type AssignMembershipCardMutation = { __typename?: 'Mutation', assignMembershipCard: { __typename?: 'Contact', id: string, version: number, viewerCanWrite: boolean, membershipType?: MembershipType | null, membershipStatus?: MembershipStatus | null, membershipSince?: string | null, cardNumber?: string | null, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string }, membershipHistory: Array<{ __typename?: 'MembershipStatusChange', id: string, fromStatus?: MembershipStatus | null, toStatus: MembershipStatus, membershipType: MembershipType, changedOn: string, reason?: string | null, actorName?: string | null, createdAt: string }>, pendingTransfer?: { __typename?: 'MembershipTransfer', id: string, status: MembershipTransferStatus, contactId: string, contactDisplayName: string, contactMembershipStatus?: MembershipStatus | null, note?: string | null, requestedAt: string, requestedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, decisionNote?: string | null, viewerCanDecide: boolean, viewerCanCancel: boolean, fromUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null }, toUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null } } | null, membershipTransfers: Array<{ __typename?: 'MembershipTransfer', id: string, status: MembershipTransferStatus, contactId: string, contactDisplayName: string, contactMembershipStatus?: MembershipStatus | null, note?: string | null, requestedAt: string, requestedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, decisionNote?: string | null, viewerCanDecide: boolean, viewerCanCancel: boolean, fromUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null }, toUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null } }> } };

export type IncomingTransfersQueryVariables = Exact<{
  status?: InputMaybe<MembershipTransferStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type IncomingTransfersQuery = { __typename?: 'Query', incomingMembershipTransfers: { __typename?: 'MembershipTransferConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MembershipTransferEdge', cursor: string, node: { __typename?: 'MembershipTransfer', id: string, status: MembershipTransferStatus, contactId: string, contactDisplayName: string, contactMembershipStatus?: MembershipStatus | null, note?: string | null, requestedAt: string, requestedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, decisionNote?: string | null, viewerCanDecide: boolean, viewerCanCancel: boolean, contact?: { __typename?: 'Contact', id: string } | null, fromUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null }, toUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null } } }> } };

export type DecideMembershipTransferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type DecideMembershipTransferMutation = { __typename?: 'Mutation', decideMembershipTransfer: { __typename?: 'MembershipTransfer', id: string, status: MembershipTransferStatus, contactId: string, contactDisplayName: string, contactMembershipStatus?: MembershipStatus | null, note?: string | null, requestedAt: string, requestedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, decisionNote?: string | null, viewerCanDecide: boolean, viewerCanCancel: boolean, contact?: { __typename?: 'Contact', id: string, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string, kind: OrgUnitKind }, region?: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } | null } | null, fromUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null }, toUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null } } };

export type TransferAccessQueryVariables = Exact<{ [key: string]: never; }>;


export type TransferAccessQuery = { __typename?: 'Query', me?: { __typename?: 'Me', id: string, canDecideMembershipTransfers: boolean } | null };

export type MembershipBranchFieldsFragment = { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null };

export type MembershipTransferFieldsFragment = { __typename?: 'MembershipTransfer', id: string, status: MembershipTransferStatus, contactId: string, contactDisplayName: string, contactMembershipStatus?: MembershipStatus | null, note?: string | null, requestedAt: string, requestedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, decisionNote?: string | null, viewerCanDecide: boolean, viewerCanCancel: boolean, fromUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null }, toUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null } };

export type ContactMembershipFieldsFragment = { __typename?: 'Contact', id: string, version: number, viewerCanWrite: boolean, membershipType?: MembershipType | null, membershipStatus?: MembershipStatus | null, membershipSince?: string | null, cardNumber?: string | null, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string }, membershipHistory: Array<{ __typename?: 'MembershipStatusChange', id: string, fromStatus?: MembershipStatus | null, toStatus: MembershipStatus, membershipType: MembershipType, changedOn: string, reason?: string | null, actorName?: string | null, createdAt: string }>, pendingTransfer?: { __typename?: 'MembershipTransfer', id: string, status: MembershipTransferStatus, contactId: string, contactDisplayName: string, contactMembershipStatus?: MembershipStatus | null, note?: string | null, requestedAt: string, requestedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, decisionNote?: string | null, viewerCanDecide: boolean, viewerCanCancel: boolean, fromUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null }, toUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null } } | null, membershipTransfers: Array<{ __typename?: 'MembershipTransfer', id: string, status: MembershipTransferStatus, contactId: string, contactDisplayName: string, contactMembershipStatus?: MembershipStatus | null, note?: string | null, requestedAt: string, requestedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, decisionNote?: string | null, viewerCanDecide: boolean, viewerCanCancel: boolean, fromUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null }, toUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null } }> };

export type TransferTargetsQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type TransferTargetsQuery = { __typename?: 'Query', transferTargets: Array<{ __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null }> };

export type RequestMembershipTransferMutationVariables = Exact<{
  contactId: Scalars['ID']['input'];
  toUnitId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type RequestMembershipTransferMutation = { __typename?: 'Mutation', requestMembershipTransfer: { __typename?: 'MembershipTransfer', id: string, status: MembershipTransferStatus, contactId: string, contactDisplayName: string, contactMembershipStatus?: MembershipStatus | null, note?: string | null, requestedAt: string, requestedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, decisionNote?: string | null, viewerCanDecide: boolean, viewerCanCancel: boolean, fromUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null }, toUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null } } };

export type CancelMembershipTransferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelMembershipTransferMutation = { __typename?: 'Mutation', cancelMembershipTransfer: { __typename?: 'MembershipTransfer', id: string, status: MembershipTransferStatus, contactId: string, contactDisplayName: string, contactMembershipStatus?: MembershipStatus | null, note?: string | null, requestedAt: string, requestedByName?: string | null, decidedAt?: string | null, decidedByName?: string | null, decisionNote?: string | null, viewerCanDecide: boolean, viewerCanCancel: boolean, fromUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null }, toUnit: { __typename?: 'MembershipBranch', id: string, nameUk: string, nameEn: string, regionNameUk?: string | null, regionNameEn?: string | null } } };

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

export type MyProfileRecordFragment = { __typename?: 'Contact', id: string, displayName: string, phones: Array<string>, emails: Array<string>, addressRegion?: string | null, addressSettlement?: string | null, addressStreet?: string | null, membershipType?: MembershipType | null, membershipStatus?: MembershipStatus | null, membershipSince?: string | null, cardNumber?: string | null, version: number };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { __typename?: 'Query', myProfile?: { __typename?: 'Contact', id: string, displayName: string, phones: Array<string>, emails: Array<string>, addressRegion?: string | null, addressSettlement?: string | null, addressStreet?: string | null, membershipType?: MembershipType | null, membershipStatus?: MembershipStatus | null, membershipSince?: string | null, cardNumber?: string | null, version: number } | null };

export type UpdateMyContactDetailsMutationVariables = Exact<{
  version: Scalars['Int']['input'];
  phones: Array<Scalars['String']['input']> | Scalars['String']['input'];
  emails: Array<Scalars['String']['input']> | Scalars['String']['input'];
  addressRegion?: InputMaybe<Scalars['String']['input']>;
  addressSettlement?: InputMaybe<Scalars['String']['input']>;
  addressStreet?: InputMaybe<Scalars['String']['input']>;
}>;


export type UpdateMyContactDetailsMutation = { __typename?: 'Mutation', updateMyContactDetails: { __typename?: 'Contact', id: string, displayName: string, phones: Array<string>, emails: Array<string>, addressRegion?: string | null, addressSettlement?: string | null, addressStreet?: string | null, membershipType?: MembershipType | null, membershipStatus?: MembershipStatus | null, membershipSince?: string | null, cardNumber?: string | null, version: number } };

export type ContactRelationshipsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactRelationshipsQuery = { __typename?: 'Query', contact?: { __typename?: 'Contact', id: string, displayName: string, relationships: Array<{ __typename?: 'ContactRelationshipView', id: string, kind: RelationshipKind, contact: { __typename?: 'Contact', id: string, displayName: string, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } } }> } | null };

export type AddContactRelationshipMutationVariables = Exact<{
  contactId: Scalars['ID']['input'];
  relatedContactId: Scalars['ID']['input'];
  kind: RelationshipKind;
}>;


export type AddContactRelationshipMutation = { __typename?: 'Mutation', addContactRelationship: { __typename?: 'ContactRelationshipView', id: string } };

export type RemoveContactRelationshipMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveContactRelationshipMutation = { __typename?: 'Mutation', removeContactRelationship: string };

export type HeaderSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type HeaderSearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResults', contacts: { __typename?: 'ContactSearchGroup', totalCount: number, totalCountCapped: boolean, similar: boolean, items: Array<{ __typename?: 'Contact', id: string, displayName: string, phone?: string | null, email?: string | null, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } }> } } };

export type ContactTimelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContactTimelineQuery = { __typename?: 'Query', contact?: { __typename?: 'Contact', id: string, timeline: { __typename?: 'ContactActivityConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ContactActivityEdge', cursor: string, node: { __typename?: 'ContactActivity', id: string, kind: ActivityKind, subject?: string | null, body?: string | null, occurredAt: string, payload?: Record<string, unknown> | null, actorName?: string | null } }> } } | null };

export type LogContactActivityMutationVariables = Exact<{
  contactId: Scalars['ID']['input'];
  kind: LoggedActivityKind;
  subject?: InputMaybe<Scalars['String']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type LogContactActivityMutation = { __typename?: 'Mutation', logContactActivity: { __typename?: 'ContactActivity', id: string } };

export type BackgroundTaskQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BackgroundTaskQuery = { __typename?: 'Query', backgroundTask?: { __typename?: 'BackgroundTask', id: string, kind: string, status: string, done: number, total?: number | null, result?: Record<string, unknown> | null, errorKey?: string | null, finishedAt?: string | null } | null };

export type ContactCandidatesQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type ContactCandidatesQuery = { __typename?: 'Query', contacts: { __typename?: 'ContactConnection', edges: Array<{ __typename?: 'ContactEdge', node: { __typename?: 'Contact', id: string, displayName: string, phone?: string | null, orgUnit: { __typename?: 'OrgUnit', id: string, nameUk: string, nameEn: string } } }> } };

export const ContactRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"addressRegion"}},{"kind":"Field","name":{"kind":"Name","value":"addressSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"addressStreet"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"contactType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipSince"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ContactRecordFragment, unknown>;
export const PossibleDuplicateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PossibleDuplicate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<PossibleDuplicateFragment, unknown>;
export const DuesSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuesSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactDues"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"lastPaymentOn"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"periodsInArrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"amountKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingKopiyky"}}]}}]}}]} as unknown as DocumentNode<DuesSummaryFieldsFragment, unknown>;
export const ContactMergeSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactMergeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactMerge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mergedName"}},{"kind":"Field","name":{"kind":"Name","value":"mergedContactId"}},{"kind":"Field","name":{"kind":"Name","value":"movedCount"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"mergedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoBlockedBy"}},{"kind":"Field","name":{"kind":"Name","value":"survivor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ContactMergeSummaryFragment, unknown>;
export const MergeContactFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MergeContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"addressRegion"}},{"kind":"Field","name":{"kind":"Name","value":"addressSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"addressStreet"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"contactType"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipSince"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<MergeContactFragment, unknown>;
export const PairContactFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PairContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<PairContactFragment, unknown>;
export const ContactFilterFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFilterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipTypes"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"contactTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tagsAny"}},{"kind":"Field","name":{"kind":"Name","value":"tagsAll"}},{"kind":"Field","name":{"kind":"Name","value":"genders"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"inArrears"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsAtLeastKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"createdFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdTo"}},{"kind":"Field","name":{"kind":"Name","value":"hasPhone"}},{"kind":"Field","name":{"kind":"Name","value":"hasEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasConsent"}}]}}]} as unknown as DocumentNode<ContactFilterFieldsFragment, unknown>;
export const ContactImportDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactImportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"mappingSource"}},{"kind":"Field","name":{"kind":"Name","value":"matchMode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMode"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"errorKey"}},{"kind":"Field","name":{"kind":"Name","value":"errorParams"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"reportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<ContactImportDetailsFragment, unknown>;
export const MembershipBranchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}}]} as unknown as DocumentNode<MembershipBranchFieldsFragment, unknown>;
export const MembershipTransferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}}]} as unknown as DocumentNode<MembershipTransferFieldsFragment, unknown>;
export const ContactMembershipFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipSince"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}}]} as unknown as DocumentNode<ContactMembershipFieldsFragment, unknown>;
export const OrgUnitDuesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitDuesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnitDues"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargedKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"paidKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"contributionsKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"membersInArrears"}}]}}]} as unknown as DocumentNode<OrgUnitDuesFieldsFragment, unknown>;
export const MyProfileRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyProfileRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"addressRegion"}},{"kind":"Field","name":{"kind":"Name","value":"addressSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"addressStreet"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipSince"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MyProfileRecordFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"canAddContacts"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"canAddContacts"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"addressRegion"}},{"kind":"Field","name":{"kind":"Name","value":"addressSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"addressStreet"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"contactType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipSince"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ContactQuery, ContactQueryVariables>;
export const ContactsPermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canAddContacts"}}]}}]}}]} as unknown as DocumentNode<ContactsPermissionsQuery, ContactsPermissionsQueryVariables>;
export const ContactsUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ContactsUnitQuery, ContactsUnitQueryVariables>;
export const ContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsQuery, ContactsQueryVariables>;
export const UpdateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allowDuplicate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"allowDuplicate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allowDuplicate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PossibleDuplicate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"addressRegion"}},{"kind":"Field","name":{"kind":"Name","value":"addressSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"addressStreet"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"contactType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipSince"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PossibleDuplicate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<UpdateContactMutation, UpdateContactMutationVariables>;
export const CreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allowDuplicate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"allowDuplicate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allowDuplicate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PossibleDuplicate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PossibleDuplicate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<CreateContactMutation, CreateContactMutationVariables>;
export const ContactWritableUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactWritableUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactWritableUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ContactWritableUnitsQuery, ContactWritableUnitsQueryVariables>;
export const ImportBankStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportBankStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BankStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBankStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amountKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankImportId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"importedKopiyky"}}]}}]}}]} as unknown as DocumentNode<ImportBankStatementMutation, ImportBankStatementMutationVariables>;
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
export const ContactMergesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactMerges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactMerges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactMergeSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactMergeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactMerge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mergedName"}},{"kind":"Field","name":{"kind":"Name","value":"mergedContactId"}},{"kind":"Field","name":{"kind":"Name","value":"movedCount"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"mergedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoBlockedBy"}},{"kind":"Field","name":{"kind":"Name","value":"survivor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ContactMergesQuery, ContactMergesQueryVariables>;
export const MergeContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"survivorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mergedId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersions"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeVersions"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fieldChoices"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeFieldChoices"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"survivorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"survivorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mergedId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mergedId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersions"}}},{"kind":"Argument","name":{"kind":"Name","value":"fieldChoices"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fieldChoices"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactMergeSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactMergeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactMerge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mergedName"}},{"kind":"Field","name":{"kind":"Name","value":"mergedContactId"}},{"kind":"Field","name":{"kind":"Name","value":"movedCount"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"mergedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoBlockedBy"}},{"kind":"Field","name":{"kind":"Name","value":"survivor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<MergeContactsMutation, MergeContactsMutationVariables>;
export const UndoContactMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoContactMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoContactMerge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mergeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactMergeSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactMergeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactMerge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mergedName"}},{"kind":"Field","name":{"kind":"Name","value":"mergedContactId"}},{"kind":"Field","name":{"kind":"Name","value":"movedCount"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"mergedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoBlockedBy"}},{"kind":"Field","name":{"kind":"Name","value":"survivor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<UndoContactMergeMutation, UndoContactMergeMutationVariables>;
export const DuplicatePairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuplicatePair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicatePair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanMerge"}},{"kind":"Field","name":{"kind":"Name","value":"contactA"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MergeContact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactB"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MergeContact"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MergeContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"addressRegion"}},{"kind":"Field","name":{"kind":"Name","value":"addressSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"addressStreet"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"contactType"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipSince"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<DuplicatePairQuery, DuplicatePairQueryVariables>;
export const DuplicatePairsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuplicatePairs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicatePairs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanMerge"}},{"kind":"Field","name":{"kind":"Name","value":"contactA"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PairContact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactB"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PairContact"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PairContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<DuplicatePairsQuery, DuplicatePairsQueryVariables>;
export const DismissDuplicatePairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissDuplicatePair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissDuplicatePair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DismissDuplicatePairMutation, DismissDuplicatePairMutationVariables>;
export const DuplicateScanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuplicateScan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateScan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errorKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<DuplicateScanQuery, DuplicateScanQueryVariables>;
export const ScanDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScanDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scanDuplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}]}]}}]} as unknown as DocumentNode<ScanDuplicatesMutation, ScanDuplicatesMutationVariables>;
export const DuplicatesAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuplicatesAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DuplicatesAccessQuery, DuplicatesAccessQueryVariables>;
export const BulkTagContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkTagContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selection"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactSelectionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"remove"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkTagContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selection"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}},{"kind":"Argument","name":{"kind":"Name","value":"remove"},"value":{"kind":"Variable","name":{"kind":"Name","value":"remove"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"notWritable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}}]}}]}}]} as unknown as DocumentNode<BulkTagContactsMutation, BulkTagContactsMutationVariables>;
export const BulkAddToGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkAddToGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selection"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactSelectionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkAddToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selection"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"notWritable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}}]}}]}}]} as unknown as DocumentNode<BulkAddToGroupMutation, BulkAddToGroupMutationVariables>;
export const PrepareContactExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrepareContactExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selection"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactSelectionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepareContactExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selection"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<PrepareContactExportMutation, PrepareContactExportMutationVariables>;
export const ContactGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFilterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFilterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipTypes"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"contactTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tagsAny"}},{"kind":"Field","name":{"kind":"Name","value":"tagsAll"}},{"kind":"Field","name":{"kind":"Name","value":"genders"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"inArrears"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsAtLeastKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"createdFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdTo"}},{"kind":"Field","name":{"kind":"Name","value":"hasPhone"}},{"kind":"Field","name":{"kind":"Name","value":"hasEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasConsent"}}]}}]} as unknown as DocumentNode<ContactGroupQuery, ContactGroupQueryVariables>;
export const ContactGroupForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactGroupForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"filter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFilterFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFilterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipTypes"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"contactTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tagsAny"}},{"kind":"Field","name":{"kind":"Name","value":"tagsAll"}},{"kind":"Field","name":{"kind":"Name","value":"genders"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"inArrears"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsAtLeastKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"createdFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdTo"}},{"kind":"Field","name":{"kind":"Name","value":"hasPhone"}},{"kind":"Field","name":{"kind":"Name","value":"hasEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasConsent"}}]}}]} as unknown as DocumentNode<ContactGroupForEditQuery, ContactGroupForEditQueryVariables>;
export const ContactGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactGroupsQuery, ContactGroupsQueryVariables>;
export const CreateContactGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContactGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactGroupCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateContactGroupMutation, CreateContactGroupMutationVariables>;
export const UpdateContactGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContactGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactGroupUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"filter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFilterFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFilterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipTypes"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"contactTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tagsAny"}},{"kind":"Field","name":{"kind":"Name","value":"tagsAll"}},{"kind":"Field","name":{"kind":"Name","value":"genders"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"inArrears"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsAtLeastKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"createdFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdTo"}},{"kind":"Field","name":{"kind":"Name","value":"hasPhone"}},{"kind":"Field","name":{"kind":"Name","value":"hasEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasConsent"}}]}}]} as unknown as DocumentNode<UpdateContactGroupMutation, UpdateContactGroupMutationVariables>;
export const DeleteContactGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteContactGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContactGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteContactGroupMutation, DeleteContactGroupMutationVariables>;
export const RemoveContactsFromGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveContactsFromGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContactsFromGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveContactsFromGroupMutation, RemoveContactsFromGroupMutationVariables>;
export const PreviewContactFilterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewContactFilter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewContactFilter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewContactFilterQuery, PreviewContactFilterQueryVariables>;
export const OrgUnitSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnitSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OrgUnitSearchQuery, OrgUnitSearchQueryVariables>;
export const GroupOwnerUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupOwnerUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupOwnerUnitsQuery, GroupOwnerUnitsQueryVariables>;
export const MyUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyUnitsQuery, MyUnitsQueryVariables>;
export const ContactImportRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactImportRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRowOutcome"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"i18nKey"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactImportRowsQuery, ContactImportRowsQueryVariables>;
export const ContactImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactImportDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactImportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"mappingSource"}},{"kind":"Field","name":{"kind":"Name","value":"matchMode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMode"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"errorKey"}},{"kind":"Field","name":{"kind":"Name","value":"errorParams"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"reportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<ContactImportQuery, ContactImportQueryVariables>;
export const SetContactImportMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetContactImportMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportField"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactImportOptionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setContactImportMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mapping"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactImportDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactImportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"mappingSource"}},{"kind":"Field","name":{"kind":"Name","value":"matchMode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMode"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"errorKey"}},{"kind":"Field","name":{"kind":"Name","value":"errorParams"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"reportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<SetContactImportMappingMutation, SetContactImportMappingMutationVariables>;
export const RunContactImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunContactImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runContactImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactImportDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactImportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"mappingSource"}},{"kind":"Field","name":{"kind":"Name","value":"matchMode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMode"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"errorKey"}},{"kind":"Field","name":{"kind":"Name","value":"errorParams"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"reportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<RunContactImportMutation, RunContactImportMutationVariables>;
export const ContactImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactImports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactImportsQuery, ContactImportsQueryVariables>;
export const ContactImportMappingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactImportMappings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactImportMappings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactImportMappingsQuery, ContactImportMappingsQueryVariables>;
export const ContactImportTargetUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactImportTargetUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactImportTargetUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ContactImportTargetUnitsQuery, ContactImportTargetUnitsQueryVariables>;
export const ContactMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipSince"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}}]}}]} as unknown as DocumentNode<ContactMembershipQuery, ContactMembershipQueryVariables>;
export const ChangeMembershipStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMembershipStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toStatus"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMembershipStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"toStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toStatus"}}},{"kind":"Argument","name":{"kind":"Name","value":"changedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"membershipType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipType"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipSince"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}}]}}]} as unknown as DocumentNode<ChangeMembershipStatusMutation, ChangeMembershipStatusMutationVariables>;
export const AssignMembershipCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignMembershipCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignMembershipCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"cardNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipSince"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}}]}}]} as unknown as DocumentNode<AssignMembershipCardMutation, AssignMembershipCardMutationVariables>;
export const IncomingTransfersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncomingTransfers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransferStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingMembershipTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}}]} as unknown as DocumentNode<IncomingTransfersQuery, IncomingTransfersQueryVariables>;
export const DecideMembershipTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideMembershipTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideMembershipTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}}]} as unknown as DocumentNode<DecideMembershipTransferMutation, DecideMembershipTransferMutationVariables>;
export const TransferAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canDecideMembershipTransfers"}}]}}]}}]} as unknown as DocumentNode<TransferAccessQuery, TransferAccessQueryVariables>;
export const TransferTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}}]} as unknown as DocumentNode<TransferTargetsQuery, TransferTargetsQueryVariables>;
export const RequestMembershipTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMembershipTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMembershipTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}}]} as unknown as DocumentNode<RequestMembershipTransferMutation, RequestMembershipTransferMutationVariables>;
export const CancelMembershipTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMembershipTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMembershipTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}}]} as unknown as DocumentNode<CancelMembershipTransferMutation, CancelMembershipTransferMutationVariables>;
export const OrgUnitDuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitDues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"dues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitDuesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"dues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitDuesFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitDuesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnitDues"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargedKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"paidKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"contributionsKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsKopiyky"}},{"kind":"Field","name":{"kind":"Name","value":"membersInArrears"}}]}}]} as unknown as DocumentNode<OrgUnitDuesQuery, OrgUnitDuesQueryVariables>;
export const OrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}}]}}]}}]}}]} as unknown as DocumentNode<OrgUnitQuery, OrgUnitQueryVariables>;
export const RootOrgUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOrgUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rootOrgUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}}]}}]}}]} as unknown as DocumentNode<RootOrgUnitsQuery, RootOrgUnitsQueryVariables>;
export const MyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyProfileRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyProfileRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"addressRegion"}},{"kind":"Field","name":{"kind":"Name","value":"addressSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"addressStreet"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipSince"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateMyContactDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyContactDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phones"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emails"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"addressRegion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"addressSettlement"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"addressStreet"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyContactDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"phones"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phones"}}},{"kind":"Argument","name":{"kind":"Name","value":"emails"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emails"}}},{"kind":"Argument","name":{"kind":"Name","value":"addressRegion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"addressRegion"}}},{"kind":"Argument","name":{"kind":"Name","value":"addressSettlement"},"value":{"kind":"Variable","name":{"kind":"Name","value":"addressSettlement"}}},{"kind":"Argument","name":{"kind":"Name","value":"addressStreet"},"value":{"kind":"Variable","name":{"kind":"Name","value":"addressStreet"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyProfileRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyProfileRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"addressRegion"}},{"kind":"Field","name":{"kind":"Name","value":"addressSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"addressStreet"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipSince"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateMyContactDetailsMutation, UpdateMyContactDetailsMutationVariables>;
export const ContactRelationshipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactRelationships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactRelationshipsQuery, ContactRelationshipsQueryVariables>;
export const AddContactRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddContactRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relatedContactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContactRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"relatedContactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relatedContactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddContactRelationshipMutation, AddContactRelationshipMutationVariables>;
export const RemoveContactRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveContactRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContactRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveContactRelationshipMutation, RemoveContactRelationshipMutationVariables>;
export const HeaderSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeaderSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}},{"kind":"Field","name":{"kind":"Name","value":"similar"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HeaderSearchQuery, HeaderSearchQueryVariables>;
export const ContactTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactTimelineQuery, ContactTimelineQueryVariables>;
export const LogContactActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogContactActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoggedActivityKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"occurredAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logContactActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"occurredAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"occurredAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LogContactActivityMutation, LogContactActivityMutationVariables>;
export const BackgroundTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackgroundTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backgroundTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errorKey"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<BackgroundTaskQuery, BackgroundTaskQueryVariables>;
export const ContactCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactCandidatesQuery, ContactCandidatesQueryVariables>;