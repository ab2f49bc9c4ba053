/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    expiresAt\n    me {\n      id\n      email\n      displayName\n      locale\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    id\n    email\n    displayName\n    locale\n  }\n}": typeof types.MeDocument,
    "query Contact($id: ID!) {\n  contact(id: $id) {\n    id\n    firstName\n    lastName\n    patronymic\n    displayName\n    phone\n    email\n    createdAt\n    updatedAt\n    viewerCanWrite\n    orgUnit {\n      id\n      nameUk\n      nameEn\n      kind\n    }\n    region {\n      id\n      nameUk\n      nameEn\n    }\n  }\n}": typeof types.ContactDocument,
    "query ContactsUnit($id: ID!) {\n  orgUnit(id: $id) {\n    id\n    nameUk\n    nameEn\n    kind\n  }\n}": typeof types.ContactsUnitDocument,
    "query Contacts($first: Int!, $after: String, $search: String, $orgUnitId: ID) {\n  contacts(first: $first, after: $after, search: $search, orgUnitId: $orgUnitId) {\n    totalCount\n    totalCountCapped\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        phone\n        email\n        orgUnit {\n          id\n          nameUk\n          nameEn\n        }\n        region {\n          id\n          nameUk\n          nameEn\n        }\n      }\n    }\n  }\n}": typeof types.ContactsDocument,
    "query ContactMerges($orgUnitId: ID!, $first: Int, $after: String) {\n  contactMerges(orgUnitId: $orgUnitId, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...ContactMergeSummary\n      }\n    }\n  }\n}\n\nfragment ContactMergeSummary on ContactMerge {\n  id\n  mergedName\n  mergedContactId\n  movedCount\n  actorName\n  mergedAt\n  undoneAt\n  undoBlockedBy\n  survivor {\n    id\n    displayName\n    phones\n    emails\n    orgUnit {\n      id\n      nameUk\n      nameEn\n    }\n  }\n}\n\nmutation MergeContacts($survivorId: ID!, $mergedId: ID!, $expectedVersions: MergeVersions!, $fieldChoices: MergeFieldChoices) {\n  mergeContacts(\n    survivorId: $survivorId\n    mergedId: $mergedId\n    expectedVersions: $expectedVersions\n    fieldChoices: $fieldChoices\n  ) {\n    ...ContactMergeSummary\n  }\n}\n\nmutation UndoContactMerge($mergeId: ID!) {\n  undoContactMerge(mergeId: $mergeId) {\n    ...ContactMergeSummary\n  }\n}": typeof types.ContactMergesDocument,
    "query DuplicatePair($id: ID!) {\n  duplicatePair(id: $id) {\n    id\n    rules\n    score\n    status\n    viewerCanMerge\n    contactA {\n      ...MergeContact\n    }\n    contactB {\n      ...MergeContact\n    }\n  }\n}\n\nfragment MergeContact on Contact {\n  id\n  version\n  displayName\n  lastName\n  firstName\n  patronymic\n  gender\n  birthDate\n  phones\n  emails\n  addressRegion\n  addressSettlement\n  addressStreet\n  tags\n  notes\n  source\n  contactType\n  consentAt\n  consentVersion\n  membershipType\n  membershipStatus\n  membershipSince\n  cardNumber\n  createdAt\n  orgUnit {\n    id\n    nameUk\n    nameEn\n  }\n}": typeof types.DuplicatePairDocument,
    "query DuplicatePairs($orgUnitId: ID!, $first: Int, $after: String) {\n  duplicatePairs(orgUnitId: $orgUnitId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        rules\n        score\n        viewerCanMerge\n        contactA {\n          ...PairContact\n        }\n        contactB {\n          ...PairContact\n        }\n      }\n    }\n  }\n}\n\nfragment PairContact on Contact {\n  id\n  displayName\n  phone\n  email\n  birthDate\n  orgUnit {\n    id\n    nameUk\n    nameEn\n  }\n}\n\nmutation DismissDuplicatePair($id: ID!) {\n  dismissDuplicatePair(id: $id) {\n    id\n    status\n  }\n}": typeof types.DuplicatePairsDocument,
    "query DuplicateScan($orgUnitId: ID!) {\n  duplicateScan(orgUnitId: $orgUnitId) {\n    id\n    kind\n    status\n    done\n    total\n    result\n    errorKey\n    createdAt\n    finishedAt\n  }\n}\n\nmutation ScanDuplicates($orgUnitId: ID!) {\n  scanDuplicates(orgUnitId: $orgUnitId)\n}": typeof types.DuplicateScanDocument,
    "query DuplicatesAccess {\n  me {\n    id\n    roles {\n      role\n      reach\n      orgUnit {\n        id\n        nameUk\n        nameEn\n        kind\n      }\n    }\n  }\n}": typeof types.DuplicatesAccessDocument,
    "query MyUnits {\n  me {\n    id\n    displayName\n    roles {\n      role\n      reach\n      orgUnit {\n        id\n        name\n        nameUk\n        nameEn\n        kind\n        contactCount\n      }\n    }\n  }\n}": typeof types.MyUnitsDocument,
    "query OrgUnit($id: ID!) {\n  orgUnit(id: $id) {\n    id\n    nameUk\n    nameEn\n    kind\n    depth\n    contactCount\n    childCount\n    ancestors {\n      id\n      nameUk\n      nameEn\n      kind\n      depth\n    }\n    children {\n      id\n      nameUk\n      nameEn\n      kind\n      childCount\n      contactCount\n    }\n  }\n}": typeof types.OrgUnitDocument,
    "query RootOrgUnits {\n  rootOrgUnits {\n    id\n    nameUk\n    nameEn\n    kind\n    childCount\n    contactCount\n  }\n}": typeof types.RootOrgUnitsDocument,
    "query BackgroundTask($id: ID!) {\n  backgroundTask(id: $id) {\n    id\n    kind\n    status\n    done\n    total\n    result\n    errorKey\n    finishedAt\n  }\n}": typeof types.BackgroundTaskDocument,
};
const documents: Documents = {
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    expiresAt\n    me {\n      id\n      email\n      displayName\n      locale\n    }\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    id\n    email\n    displayName\n    locale\n  }\n}": types.MeDocument,
    "query Contact($id: ID!) {\n  contact(id: $id) {\n    id\n    firstName\n    lastName\n    patronymic\n    displayName\n    phone\n    email\n    createdAt\n    updatedAt\n    viewerCanWrite\n    orgUnit {\n      id\n      nameUk\n      nameEn\n      kind\n    }\n    region {\n      id\n      nameUk\n      nameEn\n    }\n  }\n}": types.ContactDocument,
    "query ContactsUnit($id: ID!) {\n  orgUnit(id: $id) {\n    id\n    nameUk\n    nameEn\n    kind\n  }\n}": types.ContactsUnitDocument,
    "query Contacts($first: Int!, $after: String, $search: String, $orgUnitId: ID) {\n  contacts(first: $first, after: $after, search: $search, orgUnitId: $orgUnitId) {\n    totalCount\n    totalCountCapped\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        phone\n        email\n        orgUnit {\n          id\n          nameUk\n          nameEn\n        }\n        region {\n          id\n          nameUk\n          nameEn\n        }\n      }\n    }\n  }\n}": types.ContactsDocument,
    "query ContactMerges($orgUnitId: ID!, $first: Int, $after: String) {\n  contactMerges(orgUnitId: $orgUnitId, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...ContactMergeSummary\n      }\n    }\n  }\n}\n\nfragment ContactMergeSummary on ContactMerge {\n  id\n  mergedName\n  mergedContactId\n  movedCount\n  actorName\n  mergedAt\n  undoneAt\n  undoBlockedBy\n  survivor {\n    id\n    displayName\n    phones\n    emails\n    orgUnit {\n      id\n      nameUk\n      nameEn\n    }\n  }\n}\n\nmutation MergeContacts($survivorId: ID!, $mergedId: ID!, $expectedVersions: MergeVersions!, $fieldChoices: MergeFieldChoices) {\n  mergeContacts(\n    survivorId: $survivorId\n    mergedId: $mergedId\n    expectedVersions: $expectedVersions\n    fieldChoices: $fieldChoices\n  ) {\n    ...ContactMergeSummary\n  }\n}\n\nmutation UndoContactMerge($mergeId: ID!) {\n  undoContactMerge(mergeId: $mergeId) {\n    ...ContactMergeSummary\n  }\n}": types.ContactMergesDocument,
    "query DuplicatePair($id: ID!) {\n  duplicatePair(id: $id) {\n    id\n    rules\n    score\n    status\n    viewerCanMerge\n    contactA {\n      ...MergeContact\n    }\n    contactB {\n      ...MergeContact\n    }\n  }\n}\n\nfragment MergeContact on Contact {\n  id\n  version\n  displayName\n  lastName\n  firstName\n  patronymic\n  gender\n  birthDate\n  phones\n  emails\n  addressRegion\n  addressSettlement\n  addressStreet\n  tags\n  notes\n  source\n  contactType\n  consentAt\n  consentVersion\n  membershipType\n  membershipStatus\n  membershipSince\n  cardNumber\n  createdAt\n  orgUnit {\n    id\n    nameUk\n    nameEn\n  }\n}": types.DuplicatePairDocument,
    "query DuplicatePairs($orgUnitId: ID!, $first: Int, $after: String) {\n  duplicatePairs(orgUnitId: $orgUnitId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        rules\n        score\n        viewerCanMerge\n        contactA {\n          ...PairContact\n        }\n        contactB {\n          ...PairContact\n        }\n      }\n    }\n  }\n}\n\nfragment PairContact on Contact {\n  id\n  displayName\n  phone\n  email\n  birthDate\n  orgUnit {\n    id\n    nameUk\n    nameEn\n  }\n}\n\nmutation DismissDuplicatePair($id: ID!) {\n  dismissDuplicatePair(id: $id) {\n    id\n    status\n  }\n}": types.DuplicatePairsDocument,
    "query DuplicateScan($orgUnitId: ID!) {\n  duplicateScan(orgUnitId: $orgUnitId) {\n    id\n    kind\n    status\n    done\n    total\n    result\n    errorKey\n    createdAt\n    finishedAt\n  }\n}\n\nmutation ScanDuplicates($orgUnitId: ID!) {\n  scanDuplicates(orgUnitId: $orgUnitId)\n}": types.DuplicateScanDocument,
    "query DuplicatesAccess {\n  me {\n    id\n    roles {\n      role\n      reach\n      orgUnit {\n        id\n        nameUk\n        nameEn\n        kind\n      }\n    }\n  }\n}": types.DuplicatesAccessDocument,
    "query MyUnits {\n  me {\n    id\n    displayName\n    roles {\n      role\n      reach\n      orgUnit {\n        id\n        name\n        nameUk\n        nameEn\n        kind\n        contactCount\n      }\n    }\n  }\n}": types.MyUnitsDocument,
    "query OrgUnit($id: ID!) {\n  orgUnit(id: $id) {\n    id\n    nameUk\n    nameEn\n    kind\n    depth\n    contactCount\n    childCount\n    ancestors {\n      id\n      nameUk\n      nameEn\n      kind\n      depth\n    }\n    children {\n      id\n      nameUk\n      nameEn\n      kind\n      childCount\n      contactCount\n    }\n  }\n}": types.OrgUnitDocument,
    "query RootOrgUnits {\n  rootOrgUnits {\n    id\n    nameUk\n    nameEn\n    kind\n    childCount\n    contactCount\n  }\n}": types.RootOrgUnitsDocument,
    "query BackgroundTask($id: ID!) {\n  backgroundTask(id: $id) {\n    id\n    kind\n    status\n    done\n    total\n    result\n    errorKey\n    finishedAt\n  }\n}": types.BackgroundTaskDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    expiresAt\n    me {\n      id\n      email\n      displayName\n      locale\n    }\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    expiresAt\n    me {\n      id\n      email\n      displayName\n      locale\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    email\n    displayName\n    locale\n  }\n}"): (typeof documents)["query Me {\n  me {\n    id\n    email\n    displayName\n    locale\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Contact($id: ID!) {\n  contact(id: $id) {\n    id\n    firstName\n    lastName\n    patronymic\n    displayName\n    phone\n    email\n    createdAt\n    updatedAt\n    viewerCanWrite\n    orgUnit {\n      id\n      nameUk\n      nameEn\n      kind\n    }\n    region {\n      id\n      nameUk\n      nameEn\n    }\n  }\n}"): (typeof documents)["query Contact($id: ID!) {\n  contact(id: $id) {\n    id\n    firstName\n    lastName\n    patronymic\n    displayName\n    phone\n    email\n    createdAt\n    updatedAt\n    viewerCanWrite\n    orgUnit {\n      id\n      nameUk\n      nameEn\n      kind\n    }\n    region {\n      id\n      nameUk\n      nameEn\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsUnit($id: ID!) {\n  orgUnit(id: $id) {\n    id\n    nameUk\n    nameEn\n    kind\n  }\n}"): (typeof documents)["query ContactsUnit($id: ID!) {\n  orgUnit(id: $id) {\n    id\n    nameUk\n    nameEn\n    kind\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Contacts($first: Int!, $after: String, $search: String, $orgUnitId: ID) {\n  contacts(first: $first, after: $after, search: $search, orgUnitId: $orgUnitId) {\n    totalCount\n    totalCountCapped\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        phone\n        email\n        orgUnit {\n          id\n          nameUk\n          nameEn\n        }\n        region {\n          id\n          nameUk\n          nameEn\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Contacts($first: Int!, $after: String, $search: String, $orgUnitId: ID) {\n  contacts(first: $first, after: $after, search: $search, orgUnitId: $orgUnitId) {\n    totalCount\n    totalCountCapped\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        phone\n        email\n        orgUnit {\n          id\n          nameUk\n          nameEn\n        }\n        region {\n          id\n          nameUk\n          nameEn\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactMerges($orgUnitId: ID!, $first: Int, $after: String) {\n  contactMerges(orgUnitId: $orgUnitId, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...ContactMergeSummary\n      }\n    }\n  }\n}\n\nfragment ContactMergeSummary on ContactMerge {\n  id\n  mergedName\n  mergedContactId\n  movedCount\n  actorName\n  mergedAt\n  undoneAt\n  undoBlockedBy\n  survivor {\n    id\n    displayName\n    phones\n    emails\n    orgUnit {\n      id\n      nameUk\n      nameEn\n    }\n  }\n}\n\nmutation MergeContacts($survivorId: ID!, $mergedId: ID!, $expectedVersions: MergeVersions!, $fieldChoices: MergeFieldChoices) {\n  mergeContacts(\n    survivorId: $survivorId\n    mergedId: $mergedId\n    expectedVersions: $expectedVersions\n    fieldChoices: $fieldChoices\n  ) {\n    ...ContactMergeSummary\n  }\n}\n\nmutation UndoContactMerge($mergeId: ID!) {\n  undoContactMerge(mergeId: $mergeId) {\n    ...ContactMergeSummary\n  }\n}"): (typeof documents)["query ContactMerges($orgUnitId: ID!, $first: Int, $after: String) {\n  contactMerges(orgUnitId: $orgUnitId, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...ContactMergeSummary\n      }\n    }\n  }\n}\n\nfragment ContactMergeSummary on ContactMerge {\n  id\n  mergedName\n  mergedContactId\n  movedCount\n  actorName\n  mergedAt\n  undoneAt\n  undoBlockedBy\n  survivor {\n    id\n    displayName\n    phones\n    emails\n    orgUnit {\n      id\n      nameUk\n      nameEn\n    }\n  }\n}\n\nmutation MergeContacts($survivorId: ID!, $mergedId: ID!, $expectedVersions: MergeVersions!, $fieldChoices: MergeFieldChoices) {\n  mergeContacts(\n    survivorId: $survivorId\n    mergedId: $mergedId\n    expectedVersions: $expectedVersions\n    fieldChoices: $fieldChoices\n  ) {\n    ...ContactMergeSummary\n  }\n}\n\nmutation UndoContactMerge($mergeId: ID!) {\n  undoContactMerge(mergeId: $mergeId) {\n    ...ContactMergeSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DuplicatePair($id: ID!) {\n  duplicatePair(id: $id) {\n    id\n    rules\n    score\n    status\n    viewerCanMerge\n    contactA {\n      ...MergeContact\n    }\n    contactB {\n      ...MergeContact\n    }\n  }\n}\n\nfragment MergeContact on Contact {\n  id\n  version\n  displayName\n  lastName\n  firstName\n  patronymic\n  gender\n  birthDate\n  phones\n  emails\n  addressRegion\n  addressSettlement\n  addressStreet\n  tags\n  notes\n  source\n  contactType\n  consentAt\n  consentVersion\n  membershipType\n  membershipStatus\n  membershipSince\n  cardNumber\n  createdAt\n  orgUnit {\n    id\n    nameUk\n    nameEn\n  }\n}"): (typeof documents)["query DuplicatePair($id: ID!) {\n  duplicatePair(id: $id) {\n    id\n    rules\n    score\n    status\n    viewerCanMerge\n    contactA {\n      ...MergeContact\n    }\n    contactB {\n      ...MergeContact\n    }\n  }\n}\n\nfragment MergeContact on Contact {\n  id\n  version\n  displayName\n  lastName\n  firstName\n  patronymic\n  gender\n  birthDate\n  phones\n  emails\n  addressRegion\n  addressSettlement\n  addressStreet\n  tags\n  notes\n  source\n  contactType\n  consentAt\n  consentVersion\n  membershipType\n  membershipStatus\n  membershipSince\n  cardNumber\n  createdAt\n  orgUnit {\n    id\n    nameUk\n    nameEn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DuplicatePairs($orgUnitId: ID!, $first: Int, $after: String) {\n  duplicatePairs(orgUnitId: $orgUnitId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        rules\n        score\n        viewerCanMerge\n        contactA {\n          ...PairContact\n        }\n        contactB {\n          ...PairContact\n        }\n      }\n    }\n  }\n}\n\nfragment PairContact on Contact {\n  id\n  displayName\n  phone\n  email\n  birthDate\n  orgUnit {\n    id\n    nameUk\n    nameEn\n  }\n}\n\nmutation DismissDuplicatePair($id: ID!) {\n  dismissDuplicatePair(id: $id) {\n    id\n    status\n  }\n}"): (typeof documents)["query DuplicatePairs($orgUnitId: ID!, $first: Int, $after: String) {\n  duplicatePairs(orgUnitId: $orgUnitId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        rules\n        score\n        viewerCanMerge\n        contactA {\n          ...PairContact\n        }\n        contactB {\n          ...PairContact\n        }\n      }\n    }\n  }\n}\n\nfragment PairContact on Contact {\n  id\n  displayName\n  phone\n  email\n  birthDate\n  orgUnit {\n    id\n    nameUk\n    nameEn\n  }\n}\n\nmutation DismissDuplicatePair($id: ID!) {\n  dismissDuplicatePair(id: $id) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DuplicateScan($orgUnitId: ID!) {\n  duplicateScan(orgUnitId: $orgUnitId) {\n    id\n    kind\n    status\n    done\n    total\n    result\n    errorKey\n    createdAt\n    finishedAt\n  }\n}\n\nmutation ScanDuplicates($orgUnitId: ID!) {\n  scanDuplicates(orgUnitId: $orgUnitId)\n}"): (typeof documents)["query DuplicateScan($orgUnitId: ID!) {\n  duplicateScan(orgUnitId: $orgUnitId) {\n    id\n    kind\n    status\n    done\n    total\n    result\n    errorKey\n    createdAt\n    finishedAt\n  }\n}\n\nmutation ScanDuplicates($orgUnitId: ID!) {\n  scanDuplicates(orgUnitId: $orgUnitId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DuplicatesAccess {\n  me {\n    id\n    roles {\n      role\n      reach\n      orgUnit {\n        id\n        nameUk\n        nameEn\n        kind\n      }\n    }\n  }\n}"): (typeof documents)["query DuplicatesAccess {\n  me {\n    id\n    roles {\n      role\n      reach\n      orgUnit {\n        id\n        nameUk\n        nameEn\n        kind\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyUnits {\n  me {\n    id\n    displayName\n    roles {\n      role\n      reach\n      orgUnit {\n        id\n        name\n        nameUk\n        nameEn\n        kind\n        contactCount\n      }\n    }\n  }\n}"): (typeof documents)["query MyUnits {\n  me {\n    id\n    displayName\n    roles {\n      role\n      reach\n      orgUnit {\n        id\n        name\n        nameUk\n        nameEn\n        kind\n        contactCount\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgUnit($id: ID!) {\n  orgUnit(id: $id) {\n    id\n    nameUk\n    nameEn\n    kind\n    depth\n    contactCount\n    childCount\n    ancestors {\n      id\n      nameUk\n      nameEn\n      kind\n      depth\n    }\n    children {\n      id\n      nameUk\n      nameEn\n      kind\n      childCount\n      contactCount\n    }\n  }\n}"): (typeof documents)["query OrgUnit($id: ID!) {\n  orgUnit(id: $id) {\n    id\n    nameUk\n    nameEn\n    kind\n    depth\n    contactCount\n    childCount\n    ancestors {\n      id\n      nameUk\n      nameEn\n      kind\n      depth\n    }\n    children {\n      id\n      nameUk\n      nameEn\n      kind\n      childCount\n      contactCount\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RootOrgUnits {\n  rootOrgUnits {\n    id\n    nameUk\n    nameEn\n    kind\n    childCount\n    contactCount\n  }\n}"): (typeof documents)["query RootOrgUnits {\n  rootOrgUnits {\n    id\n    nameUk\n    nameEn\n    kind\n    childCount\n    contactCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BackgroundTask($id: ID!) {\n  backgroundTask(id: $id) {\n    id\n    kind\n    status\n    done\n    total\n    result\n    errorKey\n    finishedAt\n  }\n}"): (typeof documents)["query BackgroundTask($id: ID!) {\n  backgroundTask(id: $id) {\n    id\n    kind\n    status\n    done\n    total\n    result\n    errorKey\n    finishedAt\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;