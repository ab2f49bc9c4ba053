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
  /** Whether you write contacts somewhere: transfer requests to those units are yours to decide. */
  canDecideMembershipTransfers: Scalars['Boolean']['output'];
  contact?: Maybe<Contact>;
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Gives the contact a membership card: the number typed, or the next generated one. */
  assignMembershipCard: Contact;
  /** The sending side withdraws a pending request. */
  cancelMembershipTransfer: MembershipTransfer;
  /** One step of the membership lifecycle over the contact's version; becoming a member without a card assigns one. */
  changeMembershipStatus: Contact;
  /** Adds a contact to a unit you may write to; stops at possible duplicates unless allowed. */
  createContact: ContactSavePayload;
  /** The receiving side accepts (the contact moves) or declines a pending request. */
  decideMembershipTransfer: MembershipTransfer;
  /** Signs in: sets the session cookie and returns a bearer token. */
  login: LoginResult;
  /** Ends the current session. */
  logout: Scalars['Boolean']['output'];
  /** Asks another branch to take the contact over; one pending request per contact. */
  requestMembershipTransfer: MembershipTransfer;
  /** Saves a contact's fields over the version you read; refused if someone saved since. */
  updateContact: ContactSavePayload;
};


export type MutationAssignMembershipCardArgs = {
  cardNumber?: InputMaybe<Scalars['String']['input']>;
  contactId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
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


export type MutationDecideMembershipTransferArgs = {
  accept: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRequestMembershipTransferArgs = {
  contactId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  toUnitId: Scalars['ID']['input'];
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
  /** Contacts in scope, by name; search matches name, phone or e-mail. */
  contacts: ContactConnection;
  /** Transfer requests to units in your scope, newest first; all statuses when status is null. */
  incomingMembershipTransfers: MembershipTransferConnection;
  /** The signed-in user, or null. */
  me?: Maybe<Me>;
  /** A unit by id; null when unknown or out of scope. */
  orgUnit?: Maybe<OrgUnit>;
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


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryIncomingMembershipTransfersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MembershipTransferStatus>;
};


export type QueryOrgUnitArgs = {
  id: Scalars['ID']['input'];
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

export type MyUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyUnitsQuery = { __typename?: 'Query', me?: { __typename?: 'Me', id: string, displayName: string, roles: Array<{ __typename?: 'RoleAssignment', role: string, reach: Reach, orgUnit: { __typename?: 'OrgUnit', id: string, name: string, nameUk: string, nameEn: string, kind: OrgUnitKind, contactCount: number } }> } | null };

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

export const MembershipBranchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}}]} as unknown as DocumentNode<MembershipBranchFieldsFragment, unknown>;
export const MembershipTransferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}}]} as unknown as DocumentNode<MembershipTransferFieldsFragment, unknown>;
export const ContactMembershipFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipSince"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}}]} as unknown as DocumentNode<ContactMembershipFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ContactQuery, ContactQueryVariables>;
export const ContactsUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ContactsUnitQuery, ContactsUnitQueryVariables>;
export const ContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsQuery, ContactsQueryVariables>;
export const MyUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyUnitsQuery, MyUnitsQueryVariables>;
export const ContactMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipSince"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}}]}}]} as unknown as DocumentNode<ContactMembershipQuery, ContactMembershipQueryVariables>;
export const ChangeMembershipStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMembershipStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toStatus"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMembershipStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"toStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toStatus"}}},{"kind":"Argument","name":{"kind":"Name","value":"changedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"membershipType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipType"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipSince"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}}]}}]} as unknown as DocumentNode<ChangeMembershipStatusMutation, ChangeMembershipStatusMutationVariables>;
export const AssignMembershipCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignMembershipCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignMembershipCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"cardNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWrite"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipSince"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"membershipType"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}}]}}]} as unknown as DocumentNode<AssignMembershipCardMutation, AssignMembershipCardMutationVariables>;
export const IncomingTransfersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncomingTransfers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransferStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingMembershipTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}}]} as unknown as DocumentNode<IncomingTransfersQuery, IncomingTransfersQueryVariables>;
export const DecideMembershipTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideMembershipTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideMembershipTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}}]} as unknown as DocumentNode<DecideMembershipTransferMutation, DecideMembershipTransferMutationVariables>;
export const TransferAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canDecideMembershipTransfers"}}]}}]}}]} as unknown as DocumentNode<TransferAccessQuery, TransferAccessQueryVariables>;
export const TransferTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}}]} as unknown as DocumentNode<TransferTargetsQuery, TransferTargetsQueryVariables>;
export const RequestMembershipTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMembershipTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMembershipTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}}]} as unknown as DocumentNode<RequestMembershipTransferMutation, RequestMembershipTransferMutationVariables>;
export const CancelMembershipTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMembershipTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMembershipTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipTransferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipBranchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipBranch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameUk"}},{"kind":"Field","name":{"kind":"Name","value":"regionNameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipTransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"contactDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMembershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDecide"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCancel"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipBranchFields"}}]}}]}}]} as unknown as DocumentNode<CancelMembershipTransferMutation, CancelMembershipTransferMutationVariables>;
export const OrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}}]}}]}}]}}]} as unknown as DocumentNode<OrgUnitQuery, OrgUnitQueryVariables>;
export const RootOrgUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootOrgUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rootOrgUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameUk"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}}]}}]}}]} as unknown as DocumentNode<RootOrgUnitsQuery, RootOrgUnitsQueryVariables>;
export const BackgroundTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackgroundTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backgroundTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errorKey"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<BackgroundTaskQuery, BackgroundTaskQueryVariables>;