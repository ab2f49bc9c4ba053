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
    "mutation BulkTagContacts($selection: ContactSelectionInput!, $tag: String!, $remove: Boolean!) {\n  bulkTagContacts(selection: $selection, tag: $tag, remove: $remove) {\n    outcome {\n      matched\n      changed\n      skipped\n      notWritable\n    }\n    taskId\n  }\n}\n\nmutation BulkAddToGroup($selection: ContactSelectionInput!, $groupId: ID!) {\n  bulkAddToGroup(selection: $selection, groupId: $groupId) {\n    outcome {\n      matched\n      changed\n      skipped\n      notWritable\n    }\n    taskId\n  }\n}\n\nmutation PrepareContactExport($selection: ContactSelectionInput!, $format: ExportFormat!) {\n  prepareContactExport(selection: $selection, format: $format) {\n    url\n  }\n}": typeof types.BulkTagContactsDocument,
    "fragment ContactFilterFields on ContactFilter {\n  version\n  unitIds\n  units {\n    id\n    nameUk\n    nameEn\n  }\n  membershipTypes\n  membershipStatuses\n  contactTypes\n  tagsAny\n  tagsAll\n  genders\n  ageMin\n  ageMax\n  inArrears\n  arrearsAtLeastKopiyky\n  createdFrom\n  createdTo\n  hasPhone\n  hasEmail\n  hasConsent\n}": typeof types.ContactFilterFieldsFragmentDoc,
    "query ContactGroup($id: ID!, $first: Int!, $after: String) {\n  contactGroup(id: $id) {\n    id\n    name\n    description\n    kind\n    version\n    viewerCanWrite\n    count\n    orgUnit {\n      id\n      nameUk\n      nameEn\n    }\n    filter {\n      ...ContactFilterFields\n    }\n    contacts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          phone\n          email\n          tags\n          orgUnit {\n            id\n            nameUk\n            nameEn\n          }\n        }\n      }\n    }\n  }\n}\n\nquery ContactGroupForEdit($id: ID!) {\n  contactGroup(id: $id) {\n    id\n    name\n    description\n    kind\n    version\n    viewerCanWrite\n    filter {\n      ...ContactFilterFields\n    }\n  }\n}": typeof types.ContactGroupDocument,
    "query ContactGroups($first: Int!, $after: String, $search: String) {\n  contactGroups(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        description\n        kind\n        count\n        viewerCanWrite\n        orgUnit {\n          id\n          nameUk\n          nameEn\n        }\n      }\n    }\n  }\n}": typeof types.ContactGroupsDocument,
    "mutation CreateContactGroup($input: ContactGroupCreateInput!) {\n  createContactGroup(input: $input) {\n    id\n  }\n}\n\nmutation UpdateContactGroup($id: ID!, $version: Int!, $input: ContactGroupUpdateInput!) {\n  updateContactGroup(id: $id, version: $version, input: $input) {\n    id\n    version\n    name\n    description\n    filter {\n      ...ContactFilterFields\n    }\n  }\n}\n\nmutation DeleteContactGroup($id: ID!) {\n  deleteContactGroup(id: $id)\n}\n\nmutation RemoveContactsFromGroup($groupId: ID!, $contactIds: [ID!]!) {\n  removeContactsFromGroup(groupId: $groupId, contactIds: $contactIds) {\n    outcome {\n      changed\n    }\n  }\n}": typeof types.CreateContactGroupDocument,
    "query PreviewContactFilter($filter: ContactFilterInput!) {\n  previewContactFilter(filter: $filter) {\n    count\n    sample {\n      id\n      displayName\n    }\n  }\n}": typeof types.PreviewContactFilterDocument,
    "query OrgUnitSearch($text: String!) {\n  orgUnitSearch(text: $text, first: 10) {\n    id\n    nameUk\n    nameEn\n    kind\n  }\n}\n\nquery GroupOwnerUnits {\n  me {\n    id\n    roles {\n      role\n      orgUnit {\n        id\n        nameUk\n        nameEn\n      }\n    }\n  }\n}": typeof types.OrgUnitSearchDocument,
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
    "mutation BulkTagContacts($selection: ContactSelectionInput!, $tag: String!, $remove: Boolean!) {\n  bulkTagContacts(selection: $selection, tag: $tag, remove: $remove) {\n    outcome {\n      matched\n      changed\n      skipped\n      notWritable\n    }\n    taskId\n  }\n}\n\nmutation BulkAddToGroup($selection: ContactSelectionInput!, $groupId: ID!) {\n  bulkAddToGroup(selection: $selection, groupId: $groupId) {\n    outcome {\n      matched\n      changed\n      skipped\n      notWritable\n    }\n    taskId\n  }\n}\n\nmutation PrepareContactExport($selection: ContactSelectionInput!, $format: ExportFormat!) {\n  prepareContactExport(selection: $selection, format: $format) {\n    url\n  }\n}": types.BulkTagContactsDocument,
    "fragment ContactFilterFields on ContactFilter {\n  version\n  unitIds\n  units {\n    id\n    nameUk\n    nameEn\n  }\n  membershipTypes\n  membershipStatuses\n  contactTypes\n  tagsAny\n  tagsAll\n  genders\n  ageMin\n  ageMax\n  inArrears\n  arrearsAtLeastKopiyky\n  createdFrom\n  createdTo\n  hasPhone\n  hasEmail\n  hasConsent\n}": types.ContactFilterFieldsFragmentDoc,
    "query ContactGroup($id: ID!, $first: Int!, $after: String) {\n  contactGroup(id: $id) {\n    id\n    name\n    description\n    kind\n    version\n    viewerCanWrite\n    count\n    orgUnit {\n      id\n      nameUk\n      nameEn\n    }\n    filter {\n      ...ContactFilterFields\n    }\n    contacts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          phone\n          email\n          tags\n          orgUnit {\n            id\n            nameUk\n            nameEn\n          }\n        }\n      }\n    }\n  }\n}\n\nquery ContactGroupForEdit($id: ID!) {\n  contactGroup(id: $id) {\n    id\n    name\n    description\n    kind\n    version\n    viewerCanWrite\n    filter {\n      ...ContactFilterFields\n    }\n  }\n}": types.ContactGroupDocument,
    "query ContactGroups($first: Int!, $after: String, $search: String) {\n  contactGroups(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        description\n        kind\n        count\n        viewerCanWrite\n        orgUnit {\n          id\n          nameUk\n          nameEn\n        }\n      }\n    }\n  }\n}": types.ContactGroupsDocument,
    "mutation CreateContactGroup($input: ContactGroupCreateInput!) {\n  createContactGroup(input: $input) {\n    id\n  }\n}\n\nmutation UpdateContactGroup($id: ID!, $version: Int!, $input: ContactGroupUpdateInput!) {\n  updateContactGroup(id: $id, version: $version, input: $input) {\n    id\n    version\n    name\n    description\n    filter {\n      ...ContactFilterFields\n    }\n  }\n}\n\nmutation DeleteContactGroup($id: ID!) {\n  deleteContactGroup(id: $id)\n}\n\nmutation RemoveContactsFromGroup($groupId: ID!, $contactIds: [ID!]!) {\n  removeContactsFromGroup(groupId: $groupId, contactIds: $contactIds) {\n    outcome {\n      changed\n    }\n  }\n}": types.CreateContactGroupDocument,
    "query PreviewContactFilter($filter: ContactFilterInput!) {\n  previewContactFilter(filter: $filter) {\n    count\n    sample {\n      id\n      displayName\n    }\n  }\n}": types.PreviewContactFilterDocument,
    "query OrgUnitSearch($text: String!) {\n  orgUnitSearch(text: $text, first: 10) {\n    id\n    nameUk\n    nameEn\n    kind\n  }\n}\n\nquery GroupOwnerUnits {\n  me {\n    id\n    roles {\n      role\n      orgUnit {\n        id\n        nameUk\n        nameEn\n      }\n    }\n  }\n}": types.OrgUnitSearchDocument,
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
export function graphql(source: "mutation BulkTagContacts($selection: ContactSelectionInput!, $tag: String!, $remove: Boolean!) {\n  bulkTagContacts(selection: $selection, tag: $tag, remove: $remove) {\n    outcome {\n      matched\n      changed\n      skipped\n      notWritable\n    }\n    taskId\n  }\n}\n\nmutation BulkAddToGroup($selection: ContactSelectionInput!, $groupId: ID!) {\n  bulkAddToGroup(selection: $selection, groupId: $groupId) {\n    outcome {\n      matched\n      changed\n      skipped\n      notWritable\n    }\n    taskId\n  }\n}\n\nmutation PrepareContactExport($selection: ContactSelectionInput!, $format: ExportFormat!) {\n  prepareContactExport(selection: $selection, format: $format) {\n    url\n  }\n}"): (typeof documents)["mutation BulkTagContacts($selection: ContactSelectionInput!, $tag: String!, $remove: Boolean!) {\n  bulkTagContacts(selection: $selection, tag: $tag, remove: $remove) {\n    outcome {\n      matched\n      changed\n      skipped\n      notWritable\n    }\n    taskId\n  }\n}\n\nmutation BulkAddToGroup($selection: ContactSelectionInput!, $groupId: ID!) {\n  bulkAddToGroup(selection: $selection, groupId: $groupId) {\n    outcome {\n      matched\n      changed\n      skipped\n      notWritable\n    }\n    taskId\n  }\n}\n\nmutation PrepareContactExport($selection: ContactSelectionInput!, $format: ExportFormat!) {\n  prepareContactExport(selection: $selection, format: $format) {\n    url\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ContactFilterFields on ContactFilter {\n  version\n  unitIds\n  units {\n    id\n    nameUk\n    nameEn\n  }\n  membershipTypes\n  membershipStatuses\n  contactTypes\n  tagsAny\n  tagsAll\n  genders\n  ageMin\n  ageMax\n  inArrears\n  arrearsAtLeastKopiyky\n  createdFrom\n  createdTo\n  hasPhone\n  hasEmail\n  hasConsent\n}"): (typeof documents)["fragment ContactFilterFields on ContactFilter {\n  version\n  unitIds\n  units {\n    id\n    nameUk\n    nameEn\n  }\n  membershipTypes\n  membershipStatuses\n  contactTypes\n  tagsAny\n  tagsAll\n  genders\n  ageMin\n  ageMax\n  inArrears\n  arrearsAtLeastKopiyky\n  createdFrom\n  createdTo\n  hasPhone\n  hasEmail\n  hasConsent\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactGroup($id: ID!, $first: Int!, $after: String) {\n  contactGroup(id: $id) {\n    id\n    name\n    description\n    kind\n    version\n    viewerCanWrite\n    count\n    orgUnit {\n      id\n      nameUk\n      nameEn\n    }\n    filter {\n      ...ContactFilterFields\n    }\n    contacts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          phone\n          email\n          tags\n          orgUnit {\n            id\n            nameUk\n            nameEn\n          }\n        }\n      }\n    }\n  }\n}\n\nquery ContactGroupForEdit($id: ID!) {\n  contactGroup(id: $id) {\n    id\n    name\n    description\n    kind\n    version\n    viewerCanWrite\n    filter {\n      ...ContactFilterFields\n    }\n  }\n}"): (typeof documents)["query ContactGroup($id: ID!, $first: Int!, $after: String) {\n  contactGroup(id: $id) {\n    id\n    name\n    description\n    kind\n    version\n    viewerCanWrite\n    count\n    orgUnit {\n      id\n      nameUk\n      nameEn\n    }\n    filter {\n      ...ContactFilterFields\n    }\n    contacts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          phone\n          email\n          tags\n          orgUnit {\n            id\n            nameUk\n            nameEn\n          }\n        }\n      }\n    }\n  }\n}\n\nquery ContactGroupForEdit($id: ID!) {\n  contactGroup(id: $id) {\n    id\n    name\n    description\n    kind\n    version\n    viewerCanWrite\n    filter {\n      ...ContactFilterFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactGroups($first: Int!, $after: String, $search: String) {\n  contactGroups(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        description\n        kind\n        count\n        viewerCanWrite\n        orgUnit {\n          id\n          nameUk\n          nameEn\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ContactGroups($first: Int!, $after: String, $search: String) {\n  contactGroups(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        description\n        kind\n        count\n        viewerCanWrite\n        orgUnit {\n          id\n          nameUk\n          nameEn\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateContactGroup($input: ContactGroupCreateInput!) {\n  createContactGroup(input: $input) {\n    id\n  }\n}\n\nmutation UpdateContactGroup($id: ID!, $version: Int!, $input: ContactGroupUpdateInput!) {\n  updateContactGroup(id: $id, version: $version, input: $input) {\n    id\n    version\n    name\n    description\n    filter {\n      ...ContactFilterFields\n    }\n  }\n}\n\nmutation DeleteContactGroup($id: ID!) {\n  deleteContactGroup(id: $id)\n}\n\nmutation RemoveContactsFromGroup($groupId: ID!, $contactIds: [ID!]!) {\n  removeContactsFromGroup(groupId: $groupId, contactIds: $contactIds) {\n    outcome {\n      changed\n    }\n  }\n}"): (typeof documents)["mutation CreateContactGroup($input: ContactGroupCreateInput!) {\n  createContactGroup(input: $input) {\n    id\n  }\n}\n\nmutation UpdateContactGroup($id: ID!, $version: Int!, $input: ContactGroupUpdateInput!) {\n  updateContactGroup(id: $id, version: $version, input: $input) {\n    id\n    version\n    name\n    description\n    filter {\n      ...ContactFilterFields\n    }\n  }\n}\n\nmutation DeleteContactGroup($id: ID!) {\n  deleteContactGroup(id: $id)\n}\n\nmutation RemoveContactsFromGroup($groupId: ID!, $contactIds: [ID!]!) {\n  removeContactsFromGroup(groupId: $groupId, contactIds: $contactIds) {\n    outcome {\n      changed\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewContactFilter($filter: ContactFilterInput!) {\n  previewContactFilter(filter: $filter) {\n    count\n    sample {\n      id\n      displayName\n    }\n  }\n}"): (typeof documents)["query PreviewContactFilter($filter: ContactFilterInput!) {\n  previewContactFilter(filter: $filter) {\n    count\n    sample {\n      id\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgUnitSearch($text: String!) {\n  orgUnitSearch(text: $text, first: 10) {\n    id\n    nameUk\n    nameEn\n    kind\n  }\n}\n\nquery GroupOwnerUnits {\n  me {\n    id\n    roles {\n      role\n      orgUnit {\n        id\n        nameUk\n        nameEn\n      }\n    }\n  }\n}"): (typeof documents)["query OrgUnitSearch($text: String!) {\n  orgUnitSearch(text: $text, first: 10) {\n    id\n    nameUk\n    nameEn\n    kind\n  }\n}\n\nquery GroupOwnerUnits {\n  me {\n    id\n    roles {\n      role\n      orgUnit {\n        id\n        nameUk\n        nameEn\n      }\n    }\n  }\n}"];
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