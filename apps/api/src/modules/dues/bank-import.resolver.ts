import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import type { ContactRecord } from '../contacts/contact.record';
import { ContactType } from '../contacts/contact.types';
import { BankImportService, type BankImportResult, type StatementRowResult } from './bank-import.service';
import { BankStatementInput, BankStatementResultType, BankStatementRowType } from './bank-import.types';

@Resolver(() => BankStatementRowType)
export class BankImportResolver {
  @Mutation(() => BankStatementResultType, { description: 'Reads a bank statement CSV and matches its credits to contacts; records them as payments unless dryRun.' })
  @Directive('@orgScope(domain: "dues", action: "write")')
  importBankStatement(@Ctx() ctx: GraphQLContext, @Arg('input', () => BankStatementInput) input: BankStatementInput): Promise<BankImportResult> {
    return new BankImportService(ctx).run(input);
  }

  @FieldResolver(() => ContactType, { nullable: true, description: 'The contact the row is (or would be) recorded for.' })
  contact(@Root() row: StatementRowResult, @Ctx() ctx: GraphQLContext): Promise<ContactRecord | null> | null {
    return row.contactId ? ctx.loaders.contacts.byId.load(row.contactId) : null;
  }
}
