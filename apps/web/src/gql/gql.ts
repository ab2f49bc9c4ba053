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
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    expiresAt\n    me {\n      id\n      email\n      displayName\n      locale\n      canWriteContacts\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    id\n    email\n    displayName\n    locale\n    canWriteContacts\n  }\n}": typeof types.MeDocument,
    "query Contact($id: ID!) {\n  contact(id: $id) {\n    id\n    firstName\n    lastName\n    patronymic\n    displayName\n    phone\n    email\n    createdAt\n    updatedAt\n    viewerCanWrite\n    orgUnit {\n      id\n      nameUk\n      nameEn\n      kind\n    }\n    region {\n      id\n      nameUk\n      nameEn\n    }\n  }\n}": typeof types.ContactDocument,
    "query ContactsUnit($id: ID!) {\n  orgUnit(id: $id) {\n    id\n    nameUk\n    nameEn\n    kind\n  }\n}": typeof types.ContactsUnitDocument,
    "query Contacts($first: Int!, $after: String, $search: String, $orgUnitId: ID) {\n  contacts(first: $first, after: $after, search: $search, orgUnitId: $orgUnitId) {\n    totalCount\n    totalCountCapped\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        phone\n        email\n        orgUnit {\n          id\n          nameUk\n          nameEn\n        }\n        region {\n          id\n          nameUk\n          nameEn\n        }\n      }\n    }\n  }\n}": typeof types.ContactsDocument,
    "query MyUnits {\n  me {\n    id\n    displayName\n    roles {\n      role\n      reach\n      orgUnit {\n        id\n        name\n        nameUk\n        nameEn\n        kind\n        contactCount\n      }\n    }\n  }\n}": typeof types.MyUnitsDocument,
    "query ContactImportRows($id: ID!, $outcome: ImportRowOutcome, $first: Int!, $after: String) {\n  contactImport(id: $id) {\n    id\n    rows(outcome: $outcome, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          row\n          outcome\n          contactId\n          contact {\n            id\n            displayName\n            phone\n            email\n          }\n          errors {\n            field\n            column\n            header\n            i18nKey\n            params\n            value\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ContactImportRowsDocument,
    "fragment ContactImportDetails on ContactImport {\n  id\n  fileName\n  format\n  encoding\n  delimiter\n  size\n  rowCount\n  headers\n  sample\n  status\n  mapping\n  mappingSource\n  matchMode\n  errorMode\n  dryRun\n  errorKey\n  errorParams\n  taskId\n  reportUrl\n  createdAt\n  finishedAt\n  targetOrgUnit {\n    id\n    code\n    nameUk\n    nameEn\n  }\n  counts {\n    total\n    created\n    updated\n    skipped\n    errors\n  }\n}\n\nquery ContactImport($id: ID!) {\n  contactImport(id: $id) {\n    ...ContactImportDetails\n  }\n}\n\nmutation SetContactImportMapping($id: ID!, $mapping: [ImportField!]!, $options: ContactImportOptionsInput!) {\n  setContactImportMapping(id: $id, mapping: $mapping, options: $options) {\n    ...ContactImportDetails\n  }\n}\n\nmutation RunContactImport($id: ID!, $dryRun: Boolean!) {\n  runContactImport(id: $id, dryRun: $dryRun) {\n    ...ContactImportDetails\n  }\n}": typeof types.ContactImportDetailsFragmentDoc,
    "query ContactImports($first: Int!, $after: String) {\n  contactImports(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        fileName\n        rowCount\n        status\n        dryRun\n        createdAt\n        counts {\n          total\n          created\n          updated\n          skipped\n          errors\n        }\n      }\n    }\n  }\n}\n\nquery ContactImportMappings($first: Int!) {\n  contactImportMappings(first: $first) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        headers\n        mapping\n        updatedAt\n      }\n    }\n  }\n}\n\nquery ContactImportTargetUnits($search: String, $first: Int) {\n  contactImportTargetUnits(search: $search, first: $first) {\n    id\n    code\n    nameUk\n    nameEn\n  }\n}": typeof types.ContactImportsDocument,
    "query OrgUnit($id: ID!) {\n  orgUnit(id: $id) {\n    id\n    nameUk\n    nameEn\n    kind\n    depth\n    contactCount\n    childCount\n    ancestors {\n      id\n      nameUk\n      nameEn\n      kind\n      depth\n    }\n    children {\n      id\n      nameUk\n      nameEn\n      kind\n      childCount\n      contactCount\n    }\n  }\n}": typeof types.OrgUnitDocument,
    "query RootOrgUnits {\n  rootOrgUnits {\n    id\n    nameUk\n    nameEn\n    kind\n    childCount\n    contactCount\n  }\n}": typeof types.RootOrgUnitsDocument,
    "query BackgroundTask($id: ID!) {\n  backgroundTask(id: $id) {\n    id\n    kind\n    status\n    done\n    total\n    result\n    errorKey\n    finishedAt\n  }\n}": typeof types.BackgroundTaskDocument,
};
const documents: Documents = {
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    expiresAt\n    me {\n      id\n      email\n      displayName\n      locale\n      canWriteContacts\n    }\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    id\n    email\n    displayName\n    locale\n    canWriteContacts\n  }\n}": types.MeDocument,
    "query Contact($id: ID!) {\n  contact(id: $id) {\n    id\n    firstName\n    lastName\n    patronymic\n    displayName\n    phone\n    email\n    createdAt\n    updatedAt\n    viewerCanWrite\n    orgUnit {\n      id\n      nameUk\n      nameEn\n      kind\n    }\n    region {\n      id\n      nameUk\n      nameEn\n    }\n  }\n}": types.ContactDocument,
    "query ContactsUnit($id: ID!) {\n  orgUnit(id: $id) {\n    id\n    nameUk\n    nameEn\n    kind\n  }\n}": types.ContactsUnitDocument,
    "query Contacts($first: Int!, $after: String, $search: String, $orgUnitId: ID) {\n  contacts(first: $first, after: $after, search: $search, orgUnitId: $orgUnitId) {\n    totalCount\n    totalCountCapped\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        phone\n        email\n        orgUnit {\n          id\n          nameUk\n          nameEn\n        }\n        region {\n          id\n          nameUk\n          nameEn\n        }\n      }\n    }\n  }\n}": types.ContactsDocument,
    "query MyUnits {\n  me {\n    id\n    displayName\n    roles {\n      role\n      reach\n      orgUnit {\n        id\n        name\n        nameUk\n        nameEn\n        kind\n        contactCount\n      }\n    }\n  }\n}": types.MyUnitsDocument,
    "query ContactImportRows($id: ID!, $outcome: ImportRowOutcome, $first: Int!, $after: String) {\n  contactImport(id: $id) {\n    id\n    rows(outcome: $outcome, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          row\n          outcome\n          contactId\n          contact {\n            id\n            displayName\n            phone\n            email\n          }\n          errors {\n            field\n            column\n            header\n            i18nKey\n            params\n            value\n          }\n        }\n      }\n    }\n  }\n}": types.ContactImportRowsDocument,
    "fragment ContactImportDetails on ContactImport {\n  id\n  fileName\n  format\n  encoding\n  delimiter\n  size\n  rowCount\n  headers\n  sample\n  status\n  mapping\n  mappingSource\n  matchMode\n  errorMode\n  dryRun\n  errorKey\n  errorParams\n  taskId\n  reportUrl\n  createdAt\n  finishedAt\n  targetOrgUnit {\n    id\n    code\n    nameUk\n    nameEn\n  }\n  counts {\n    total\n    created\n    updated\n    skipped\n    errors\n  }\n}\n\nquery ContactImport($id: ID!) {\n  contactImport(id: $id) {\n    ...ContactImportDetails\n  }\n}\n\nmutation SetContactImportMapping($id: ID!, $mapping: [ImportField!]!, $options: ContactImportOptionsInput!) {\n  setContactImportMapping(id: $id, mapping: $mapping, options: $options) {\n    ...ContactImportDetails\n  }\n}\n\nmutation RunContactImport($id: ID!, $dryRun: Boolean!) {\n  runContactImport(id: $id, dryRun: $dryRun) {\n    ...ContactImportDetails\n  }\n}": types.ContactImportDetailsFragmentDoc,
    "query ContactImports($first: Int!, $after: String) {\n  contactImports(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        fileName\n        rowCount\n        status\n        dryRun\n        createdAt\n        counts {\n          total\n          created\n          updated\n          skipped\n          errors\n        }\n      }\n    }\n  }\n}\n\nquery ContactImportMappings($first: Int!) {\n  contactImportMappings(first: $first) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        headers\n        mapping\n        updatedAt\n      }\n    }\n  }\n}\n\nquery ContactImportTargetUnits($search: String, $first: Int) {\n  contactImportTargetUnits(search: $search, first: $first) {\n    id\n    code\n    nameUk\n    nameEn\n  }\n}": types.ContactImportsDocument,
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
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    expiresAt\n    me {\n      id\n      email\n      displayName\n      locale\n      canWriteContacts\n    }\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    expiresAt\n    me {\n      id\n      email\n      displayName\n      locale\n      canWriteContacts\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    email\n    displayName\n    locale\n    canWriteContacts\n  }\n}"): (typeof documents)["query Me {\n  me {\n    id\n    email\n    displayName\n    locale\n    canWriteContacts\n  }\n}"];
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
export function graphql(source: "query MyUnits {\n  me {\n    id\n    displayName\n    roles {\n      role\n      reach\n      orgUnit {\n        id\n        name\n        nameUk\n        nameEn\n        kind\n        contactCount\n      }\n    }\n  }\n}"): (typeof documents)["query MyUnits {\n  me {\n    id\n    displayName\n    roles {\n      role\n      reach\n      orgUnit {\n        id\n        name\n        nameUk\n        nameEn\n        kind\n        contactCount\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactImportRows($id: ID!, $outcome: ImportRowOutcome, $first: Int!, $after: String) {\n  contactImport(id: $id) {\n    id\n    rows(outcome: $outcome, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          row\n          outcome\n          contactId\n          contact {\n            id\n            displayName\n            phone\n            email\n          }\n          errors {\n            field\n            column\n            header\n            i18nKey\n            params\n            value\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ContactImportRows($id: ID!, $outcome: ImportRowOutcome, $first: Int!, $after: String) {\n  contactImport(id: $id) {\n    id\n    rows(outcome: $outcome, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          row\n          outcome\n          contactId\n          contact {\n            id\n            displayName\n            phone\n            email\n          }\n          errors {\n            field\n            column\n            header\n            i18nKey\n            params\n            value\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ContactImportDetails on ContactImport {\n  id\n  fileName\n  format\n  encoding\n  delimiter\n  size\n  rowCount\n  headers\n  sample\n  status\n  mapping\n  mappingSource\n  matchMode\n  errorMode\n  dryRun\n  errorKey\n  errorParams\n  taskId\n  reportUrl\n  createdAt\n  finishedAt\n  targetOrgUnit {\n    id\n    code\n    nameUk\n    nameEn\n  }\n  counts {\n    total\n    created\n    updated\n    skipped\n    errors\n  }\n}\n\nquery ContactImport($id: ID!) {\n  contactImport(id: $id) {\n    ...ContactImportDetails\n  }\n}\n\nmutation SetContactImportMapping($id: ID!, $mapping: [ImportField!]!, $options: ContactImportOptionsInput!) {\n  setContactImportMapping(id: $id, mapping: $mapping, options: $options) {\n    ...ContactImportDetails\n  }\n}\n\nmutation RunContactImport($id: ID!, $dryRun: Boolean!) {\n  runContactImport(id: $id, dryRun: $dryRun) {\n    ...ContactImportDetails\n  }\n}"): (typeof documents)["fragment ContactImportDetails on ContactImport {\n  id\n  fileName\n  format\n  encoding\n  delimiter\n  size\n  rowCount\n  headers\n  sample\n  status\n  mapping\n  mappingSource\n  matchMode\n  errorMode\n  dryRun\n  errorKey\n  errorParams\n  taskId\n  reportUrl\n  createdAt\n  finishedAt\n  targetOrgUnit {\n    id\n    code\n    nameUk\n    nameEn\n  }\n  counts {\n    total\n    created\n    updated\n    skipped\n    errors\n  }\n}\n\nquery ContactImport($id: ID!) {\n  contactImport(id: $id) {\n    ...ContactImportDetails\n  }\n}\n\nmutation SetContactImportMapping($id: ID!, $mapping: [ImportField!]!, $options: ContactImportOptionsInput!) {\n  setContactImportMapping(id: $id, mapping: $mapping, options: $options) {\n    ...ContactImportDetails\n  }\n}\n\nmutation RunContactImport($id: ID!, $dryRun: Boolean!) {\n  runContactImport(id: $id, dryRun: $dryRun) {\n    ...ContactImportDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactImports($first: Int!, $after: String) {\n  contactImports(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        fileName\n        rowCount\n        status\n        dryRun\n        createdAt\n        counts {\n          total\n          created\n          updated\n          skipped\n          errors\n        }\n      }\n    }\n  }\n}\n\nquery ContactImportMappings($first: Int!) {\n  contactImportMappings(first: $first) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        headers\n        mapping\n        updatedAt\n      }\n    }\n  }\n}\n\nquery ContactImportTargetUnits($search: String, $first: Int) {\n  contactImportTargetUnits(search: $search, first: $first) {\n    id\n    code\n    nameUk\n    nameEn\n  }\n}"): (typeof documents)["query ContactImports($first: Int!, $after: String) {\n  contactImports(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        fileName\n        rowCount\n        status\n        dryRun\n        createdAt\n        counts {\n          total\n          created\n          updated\n          skipped\n          errors\n        }\n      }\n    }\n  }\n}\n\nquery ContactImportMappings($first: Int!) {\n  contactImportMappings(first: $first) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        headers\n        mapping\n        updatedAt\n      }\n    }\n  }\n}\n\nquery ContactImportTargetUnits($search: String, $first: Int) {\n  contactImportTargetUnits(search: $search, first: $first) {\n    id\n    code\n    nameUk\n    nameEn\n  }\n}"];
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