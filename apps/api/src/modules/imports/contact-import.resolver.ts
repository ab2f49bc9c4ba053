import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import { OrgUnitType } from '../org/org-unit.types';
import type { OrgUnitRecord } from '../org/org-unit.record';
import { ContactType } from '../contacts/contact.types';
import type { ContactRecord } from '../contacts/contact.record';
import type { ContactImport } from './contact-import.entity';
import type { ContactImportMapping } from './contact-import-mapping.entity';
import { ImportFieldEnum, ImportMappingSourceEnum, ImportRowOutcomeEnum } from './contact-import.enums';
import { ContactImportOptionsInput } from './contact-import.inputs';
import { ContactImportPages, MAX_TARGET_UNITS, type Page } from './contact-import-pages';
import { ContactImportService } from './contact-import.service';
import {
  ContactImportConnection, ContactImportRowConnection, ContactImportRowType, ContactImportType, SavedImportMappingConnection,
} from './contact-import.types';
import { suggestMapping, type ImportField } from './import-fields';
import type { RowOutcome } from './import-planner';

const WRITE = '@orgScope(domain: "contacts", action: "write")';

@Resolver(() => ContactImportType)
export class ContactImportResolver {
  @Query(() => ContactImportType, { nullable: true, description: 'One of your imports; null for anyone else’s or an unknown id.' })
  @Directive(WRITE)
  contactImport(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ContactImport | null> {
    return new ContactImportService(ctx).byId(id);
  }

  @Query(() => ContactImportConnection, { description: 'Your imports, newest first.' })
  @Directive(WRITE)
  contactImports(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<ContactImport>> {
    return new ContactImportPages(ctx).imports(first, after);
  }

  @Query(() => SavedImportMappingConnection, { description: 'Column mappings you saved, most recently used first.' })
  @Directive(WRITE)
  contactImportMappings(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<ContactImportMapping>> {
    return new ContactImportPages(ctx).savedMappings(first, after);
  }

  @Query(() => [OrgUnitType], { description: `Units you may import contacts into, matching a name or code; at most ${MAX_TARGET_UNITS}, in tree order.` })
  @Directive(WRITE)
  contactImportTargetUnits(
    @Ctx() ctx: GraphQLContext,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first = 20,
  ): Promise<OrgUnitRecord[]> {
    return new ContactImportPages(ctx).targetUnits(search, first);
  }

  @Mutation(() => ContactImportType, { description: 'Sets what each column holds and how rows are treated; saved for files with the same headers. Drops an earlier check.' })
  @Directive(WRITE)
  setContactImportMapping(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('mapping', () => [ImportFieldEnum], { description: 'One field per column, in column order.' }) mapping: ImportField[],
    @Arg('options', () => ContactImportOptionsInput) options: ContactImportOptionsInput,
  ): Promise<ContactImport> {
    return new ContactImportService(ctx).setMapping(id, mapping, options);
  }

  @Mutation(() => ContactImportType, { description: 'Starts a check (dryRun: true, changes no contact) or the import, as a background task (taskId).' })
  @Directive(WRITE)
  runContactImport(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('dryRun', () => Boolean) dryRun: boolean): Promise<ContactImport> {
    return new ContactImportService(ctx).run(id, dryRun);
  }

  @FieldResolver(() => [ImportFieldEnum], { description: 'The mapping in force: the one set or saved, else the suggestion.' })
  mapping(@Root() contactImport: ContactImport): ImportField[] {
    return contactImport.mapping ?? suggestMapping(contactImport.headers);
  }

  @FieldResolver(() => [ImportFieldEnum], { description: 'What the headers suggest, Ukrainian or English (Прізвище, Телефон, E-mail …).' })
  suggestedMapping(@Root() contactImport: ContactImport): ImportField[] {
    return suggestMapping(contactImport.headers);
  }

  @FieldResolver(() => ImportMappingSourceEnum)
  mappingSource(@Root() contactImport: ContactImport): string {
    return contactImport.mappingSource ?? 'suggested';
  }

  @FieldResolver(() => OrgUnitType, { nullable: true, description: 'The unit for rows without a unit column.' })
  targetOrgUnit(@Root() contactImport: ContactImport, @Ctx() ctx: GraphQLContext): Promise<OrgUnitRecord | null> | null {
    return contactImport.targetOrgUnitId ? ctx.loaders.org.byId.load(contactImport.targetOrgUnitId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The report of the last check or import as CSV (UTF-8); add ?lang=en|uk.' })
  reportUrl(@Root() contactImport: ContactImport): string | null {
    return contactImport.dryRun === null ? null : `/api/imports/${contactImport.id}/report.csv`;
  }

  @FieldResolver(() => ContactImportRowConnection, { description: 'Rows of the last check or import, in file order; ERROR for the problems.' })
  rows(
    @Root() contactImport: ContactImport,
    @Ctx() ctx: GraphQLContext,
    @Arg('outcome', () => ImportRowOutcomeEnum, { nullable: true }) outcome?: RowOutcome | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first = 25,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<ContactImportRowType>> {
    return new ContactImportPages(ctx).rows(contactImport, outcome, first, after);
  }
}

@Resolver(() => ContactImportRowType)
export class ContactImportRowResolver {
  @FieldResolver(() => ContactType, { nullable: true, description: 'The contact, if it exists and you can see it.' })
  contact(@Root() row: ContactImportRowType, @Ctx() ctx: GraphQLContext): Promise<ContactRecord | null> | null {
    return row.contactId ? ctx.loaders.contacts.byId.load(row.contactId) : null;
  }
}
