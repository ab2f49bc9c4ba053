import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './platform/auth/viewer';
import { EMPTY_SCOPE } from './platform/auth/viewer';
import { createOrgLoaders } from './modules/org/org.loaders';
import { createOrgCountLoaders } from './modules/org/org-counts.loaders';
import { createContactLoaders } from './modules/contacts/contacts.loaders';
import { createRelationshipLoaders } from './modules/relationships/relationships.loaders';
import { createTimelineLoaders } from './modules/timeline/timeline.loaders';
import { createContactGroupLoaders } from './modules/groups/contact-groups.loaders';
import { createMembershipLoaders } from './modules/membership/membership.loaders';
import { createDuesLoaders } from './modules/dues/dues.loaders';

export type Loaders = ReturnType<typeof createLoaders>;

/** Fresh per request and per viewer: loaders cache results, and results depend on scope. */
export function createLoaders(em: EntityManager, viewer: Viewer | null, locale: 'uk' | 'en', timeZone: string) {
  const contactScope = viewer?.scope('contacts', 'read') ?? EMPTY_SCOPE;
  return {
    org: createOrgLoaders(em, viewer, locale),
    orgCounts: createOrgCountLoaders(em, viewer, contactScope),
    contacts: createContactLoaders(em, viewer),
    relationships: createRelationshipLoaders(em, viewer),
    timeline: createTimelineLoaders(em),
    groups: createContactGroupLoaders(em, viewer, timeZone),
    membership: createMembershipLoaders(em),
    dues: createDuesLoaders(em, viewer),
  };
}
