import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { OrgUnit } from '../../modules/org/org-unit.entity';
import { Contact } from '../../modules/contacts/contact.entity';
import { User } from '../../modules/auth/user.entity';
import { RoleAssignment } from '../../modules/auth/role-assignment.entity';
import { Session } from '../../modules/auth/session.entity';
import { AuditLog } from '../audit/audit-log.entity';
import { ContactRelationship } from '../../modules/contacts/contact-relationship.entity';
import { ContactActivity } from '../../modules/timeline/contact-activity.entity';
import { MembershipStatusChange } from '../../modules/membership/membership-status-change.entity';
import { Migration20261123000000_spine } from './migrations/Migration20261123000000_spine';
import { Migration20261123100000_viewer_notify } from './migrations/Migration20261123100000_viewer_notify';
import { Migration20261123110000_search_prefix } from './migrations/Migration20261123110000_search_prefix';
import { Migration20261123120000_contact_record } from './migrations/Migration20261123120000_contact_record';
import { Migration20261123130000_background_task } from './migrations/Migration20261123130000_background_task';
import { Migration20261123140500_duplicates } from './migrations/Migration20261123140500_duplicates';
import { BackgroundTask } from '../jobs/background-task.entity';
import { Migration20261123140300_contact_groups } from './migrations/Migration20261123140300_contact_groups';
import { ContactGroup } from '../../modules/groups/contact-group.entity';
import { ContactGroupMember } from '../../modules/groups/contact-group-member.entity';
import { ContactExport } from '../../modules/export/contact-export.entity';

import { Migration20261123140400_contact_import } from './migrations/Migration20261123140400_contact_import';
import { ContactImport } from '../../modules/imports/contact-import.entity';
import { ContactImportMapping } from '../../modules/imports/contact-import-mapping.entity';

import { MembershipTransfer } from '../../modules/membership/membership-transfer.entity';
import { Migration20261123140100_membership } from './migrations/Migration20261123140100_membership';
import { Migration20261123150000_counter_lock_order } from './migrations/Migration20261123150000_counter_lock_order';
import { Migration20261123150100_counter_ancestors } from './migrations/Migration20261123150100_counter_ancestors';

import { Migration20261123140200_dues } from './migrations/Migration20261123140200_dues';
import { DUES_ENTITIES } from '../../modules/dues/dues.entities';
import { Migration20261123150200_dues_rows_follow_owner } from './migrations/Migration20261123150200_dues_rows_follow_owner';

export const ENTITIES = [
  OrgUnit, Contact, User, RoleAssignment, Session, AuditLog, ContactRelationship, ContactActivity, MembershipStatusChange, BackgroundTask,
  ContactGroup, ContactGroupMember, ContactExport,
  ContactImport, ContactImportMapping,
  MembershipTransfer,
  ...DUES_ENTITIES,
];

/** Migrations are listed, not globbed, so the same list works from src (tests) and dist. */
export const MIGRATIONS = [
  { name: 'Migration20261123000000_spine', class: Migration20261123000000_spine },
  { name: 'Migration20261123100000_viewer_notify', class: Migration20261123100000_viewer_notify },
  { name: 'Migration20261123110000_search_prefix', class: Migration20261123110000_search_prefix },
  { name: 'Migration20261123120000_contact_record', class: Migration20261123120000_contact_record },
  { name: 'Migration20261123130000_background_task', class: Migration20261123130000_background_task },
  { name: 'Migration20261123140100_membership', class: Migration20261123140100_membership },
  { name: 'Migration20261123140200_dues', class: Migration20261123140200_dues },
  { name: 'Migration20261123140300_contact_groups', class: Migration20261123140300_contact_groups },
  { name: 'Migration20261123140400_contact_import', class: Migration20261123140400_contact_import },
  { name: 'Migration20261123140500_duplicates', class: Migration20261123140500_duplicates },
  { name: 'Migration20261123150000_counter_lock_order', class: Migration20261123150000_counter_lock_order },
  { name: 'Migration20261123150100_counter_ancestors', class: Migration20261123150100_counter_ancestors },
  { name: 'Migration20261123150200_dues_rows_follow_owner', class: Migration20261123150200_dues_rows_follow_owner },
];

/** `onQuery` sees every SQL statement (tests count them); off in normal running. */
export function mikroOrmConfig(clientUrl: string, poolMax = 20, onQuery?: (sql: string) => void): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    discovery: { requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: { migrationsList: MIGRATIONS, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    pool: { min: 0, max: poolMax },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    ensureDatabase: false,
    debug: onQuery ? ['query'] : false,
    ...(onQuery ? { logger: (message: string) => onQuery(message) } : {}),
  });
}
