import { BankImportResolver } from './bank-import.resolver';
import { ContactDuesFieldsResolver, ContactDuesResolver } from './contact-dues.resolver';
import { DuesMutationsResolver } from './dues-mutations.resolver';
import { DuesScheduleResolver } from './dues-schedule.resolver';
import { OrgUnitDuesResolver } from './org-unit-dues.resolver';

/** The dues module's resolvers, for the schema's list. */
export const DUES_RESOLVERS = [ContactDuesResolver, ContactDuesFieldsResolver, DuesMutationsResolver, DuesScheduleResolver, OrgUnitDuesResolver, BankImportResolver] as const;
