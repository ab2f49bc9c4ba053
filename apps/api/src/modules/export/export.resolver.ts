import { Arg, Ctx, Directive, Field, Mutation, ObjectType, registerEnumType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import { ContactSelectionInput } from '../groups/contact-selection.inputs';
import type { ExportFormat } from './contact-export.entity';
import { prepareContactExport, type ExportTicket } from './export-tickets';

export const ExportFormatEnum = { CSV: 'csv', XLSX: 'xlsx' } as const satisfies Record<string, ExportFormat>;
registerEnumType(ExportFormatEnum, { name: 'ExportFormat', description: 'CSV (UTF-8, `;`-separated for Excel) or XLSX.' });

@ObjectType('ContactExportTicket', { description: 'A one-time download link for an export, valid for two minutes.' })
export class ContactExportTicketType {
  @Field(() => String, { description: 'Same-origin path to GET with your session.' })
  url!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@Resolver()
export class ExportResolver {
  @Mutation(() => ContactExportTicketType, {
    description: 'Prepares a file of the selected contacts within your scope; download it from the returned url. Every export is audited.',
  })
  @Directive('@orgScope(domain: "contacts", action: "read")')
  prepareContactExport(
    @Arg('selection', () => ContactSelectionInput) selection: ContactSelectionInput,
    @Arg('format', () => ExportFormatEnum) format: ExportFormat,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ExportTicket> {
    return prepareContactExport(ctx, selection, format);
  }
}
