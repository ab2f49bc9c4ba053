import 'reflect-metadata';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildSchema } from 'type-graphql';
import { applyScopeDirectives, orgScopeDirective, publicDirective } from './platform/graphql/scope-directives';
import { AuthResolver, RoleAssignmentResolver } from './modules/auth/auth.resolver';
import { OrgResolver } from './modules/org/org.resolver';
import { ContactsResolver } from './modules/contacts/contacts.resolver';
import { SearchResolver } from './modules/search/search.resolver';
import { ContactMutationsResolver } from './modules/contacts/contact-mutations.resolver';
import { BackgroundTaskResolver } from './platform/jobs/background-task.resolver';
import { RelationshipsResolver } from './modules/relationships/relationships.resolver';
import { TimelineResolver } from './modules/timeline/timeline.resolver';
import { ProfileResolver } from './modules/profile/profile.resolver';
import { DuplicatesResolver } from './modules/duplicates/duplicates.resolver';
import { ContactMergeResolver } from './modules/duplicates/contact-merge.resolver';
import { ContactGroupsResolver } from './modules/groups/contact-groups.resolver';
import { ContactGroupMutationsResolver } from './modules/groups/contact-group-mutations.resolver';
import { ContactFilterResolver } from './modules/groups/contact-filter.resolver';
import { ExportResolver } from './modules/export/export.resolver';
import { OrgUnitSearchResolver } from './modules/org/org-unit-search.resolver';
import { ContactImportResolver, ContactImportRowResolver } from './modules/imports/contact-import.resolver';
import { MembershipMutationsResolver } from './modules/membership/membership-mutations.resolver';
import { MembershipTransfersResolver } from './modules/membership/membership-transfers.resolver';
import { MembershipContactResolver, MembershipViewerResolver } from './modules/membership/membership-contact.resolver';
import { DUES_RESOLVERS } from './modules/dues/dues.resolvers';

/** The schema as declared by the resolvers, directives still inert: what schema.graphql shows. */
export async function buildDeclaredSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      AuthResolver, RoleAssignmentResolver, OrgResolver, ContactsResolver, ContactMutationsResolver, SearchResolver, BackgroundTaskResolver,
      RelationshipsResolver,
      TimelineResolver,
      ProfileResolver,
      DuplicatesResolver,
      ContactMergeResolver,
      ContactGroupsResolver, ContactGroupMutationsResolver, ContactFilterResolver, ExportResolver, OrgUnitSearchResolver,
      ContactImportResolver, ContactImportRowResolver,
      MembershipMutationsResolver, MembershipTransfersResolver, MembershipContactResolver, MembershipViewerResolver,
      ...DUES_RESOLVERS,
    ],
    directives: [orgScopeDirective, publicDirective],
    validate: false,
  });
}

/** The executable schema: every root field wrapped by its @orgScope check. */
export async function buildExecutableSchema(): Promise<GraphQLSchema> {
  return applyScopeDirectives(await buildDeclaredSchema());
}

export function printSchema(schema: GraphQLSchema): string {
  return `${printSchemaWithDirectives(lexicographicSortSchema(schema)).trim()}\n`;
}
