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
  createdAt: Scalars['DateTimeISO']['output'];
  /** Last name, first name and patronymic. */
  displayName: Scalars['String']['output'];
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

export type ContactConnection = {
  __typename?: 'ContactConnection';
  edges: Array<ContactEdge>;
  pageInfo: PageInfo;
  /** Matching contacts; when totalCountCapped, the cap (10,000) and there are more. */
  totalCount: Scalars['Int']['output'];
  /** True when a search matched more than the count cap: show "10,000+". */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type ContactEdge = {
  __typename?: 'ContactEdge';
  cursor: Scalars['String']['output'];
  node: Contact;
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
  /** Whether a role lets you add and edit contacts somewhere (and so import them). */
  canWriteContacts: Scalars['Boolean']['output'];
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
  /** Adds a contact to a unit you may write to; stops at possible duplicates unless allowed. */
  createContact: ContactSavePayload;
  /** Signs in: sets the session cookie and returns a bearer token. */
  login: LoginResult;
  /** Ends the current session. */
  logout: Scalars['Boolean']['output'];
  /** Starts a check (dryRun: true, changes no contact) or the import, as a background task (taskId). */
  runContactImport: ContactImport;
  /** Sets what each column holds and how rows are treated; saved for files with the same headers. Drops an earlier check. */
  setContactImportMapping: ContactImport;
  /** Saves a contact's fields over the version you read; refused if someone saved since. */
  updateContact: ContactSavePayload;
};


export type MutationCreateContactArgs = {
  allowDuplicate?: Scalars['Boolean']['input'];
  input: ContactInput;
  orgUnitId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRunContactImportArgs = {
  dryRun: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetContactImportMappingArgs = {
  id: Scalars['ID']['input'];
  mapping: Array<ImportField>;
  options: ContactImportOptionsInput;
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
  id: Scalars['ID']['output'];
  kind: OrgUnitKind;
  /** Name in the request's language. */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameUk: Scalars['String']['output'];
  parent?: Maybe<OrgUnit>;
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

export type Query = {
  __typename?: 'Query';
  /** A job you started; null for anyone else’s or an unknown id. */
  backgroundTask?: Maybe<BackgroundTask>;
  /** A contact by id; null when unknown or out of scope. */
  contact?: Maybe<Contact>;
  /** One of your imports; null for anyone else’s or an unknown id. */
  contactImport?: Maybe<ContactImport>;
  /** Column mappings you saved, most recently used first. */
  contactImportMappings: SavedImportMappingConnection;
  /** Units you may import contacts into, matching a name or code; at most 50, in tree order. */
  contactImportTargetUnits: Array<OrgUnit>;
  /** Your imports, newest first. */
  contactImports: ContactImportConnection;
  /** Contacts in scope, by name; search matches name, phone or e-mail. */
  contacts: ContactConnection;
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


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginResult', expiresAt: string, me: { __typename?: 'Me', id: string, email: string, displayName: string, locale: string, canWriteContacts: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Me', id: string, email: string, displayName: string, locale: string, canWriteContacts: boolean } | null };

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

export const ContactImportDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactImportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"mappingSource"}},{"kind":"Field","name":{"kind":"Name","value":"matchMode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMode"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"errorKey"}},{"kind":"Field","name":{"kind":"Name","value":"errorParams"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"reportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<ContactImportDetailsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"canWriteContacts"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"canWriteContacts"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ContactQuery, ContactQueryVariables>;
export const ContactsUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ContactsUnitQuery, ContactsUnitQueryVariables>;
export const ContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsQuery, ContactsQueryVariables>;
export const MyUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyUnitsQuery, MyUnitsQueryVariables>;
export const ContactImportRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactImportRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRowOutcome"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"i18nKey"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactImportRowsQuery, ContactImportRowsQueryVariables>;
export const ContactImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactImportDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactImportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"mappingSource"}},{"kind":"Field","name":{"kind":"Name","value":"matchMode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMode"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"errorKey"}},{"kind":"Field","name":{"kind":"Name","value":"errorParams"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"reportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<ContactImportQuery, ContactImportQueryVariables>;
export const SetContactImportMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetContactImportMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportField"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactImportOptionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setContactImportMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mapping"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactImportDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactImportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"mappingSource"}},{"kind":"Field","name":{"kind":"Name","value":"matchMode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMode"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"errorKey"}},{"kind":"Field","name":{"kind":"Name","value":"errorParams"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"reportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<SetContactImportMappingMutation, SetContactImportMappingMutationVariables>;
export const RunContactImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunContactImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runContactImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactImportDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactImportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"mappingSource"}},{"kind":"Field","name":{"kind":"Name","value":"matchMode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMode"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"errorKey"}},{"kind":"Field","name":{"kind":"Name","value":"errorParams"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"reportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<RunContactImportMutation, RunContactImportMutationVariables>;
export const ContactImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactImports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactImportsQuery, ContactImportsQueryVariables>;
export const ContactImportMappingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactImportMappings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactImportMappings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactImportMappingsQuery, ContactImportMappingsQueryVariables>;
export const ContactImportTargetUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactImportTargetUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactImportTargetUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ContactImportTargetUnitsQuery, ContactImportTargetUnitsQueryVariables>;
export const OrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}}]}}]}}]}}]} as unknown as DocumentNode<OrgUnitQuery, OrgUnitQueryVariables>;
export const RootOrgUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOrgUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rootOrgUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}}]}}]}}]} as unknown as DocumentNode<RootOrgUnitsQuery, RootOrgUnitsQueryVariables>;
export const BackgroundTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackgroundTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backgroundTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errorKey"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<BackgroundTaskQuery, BackgroundTaskQueryVariables>;