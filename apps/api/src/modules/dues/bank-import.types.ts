import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { MatchedBy } from './bank-statement.matcher';
import type { RowStatus } from './bank-import.service';

export const BankRowStatusEnum = { MATCHED: 'matched', UNMATCHED: 'unmatched', DUPLICATE: 'duplicate', DEBIT: 'debit', INVALID: 'invalid', EXCLUDED: 'excluded' } as const;
export const BankMatchEnum = { CARD: 'card', PHONE: 'phone', EMAIL: 'email', MANUAL: 'manual' } as const;
registerEnumType(BankRowStatusEnum, { name: 'BankRowStatus', description: 'MATCHED rows are imported; the others are not, for the reason given.' });
registerEnumType(BankMatchEnum, { name: 'BankMatch', description: 'How a row found its contact.' });

@InputType('BankColumnMappingInput', { description: 'Header names of the columns; left out: recognized from the headers.' })
export class BankColumnMappingInput {
  @Field(() => String, { nullable: true })
  date?: string | null;

  @Field(() => String, { nullable: true })
  amount?: string | null;

  @Field(() => String, { nullable: true })
  payer?: string | null;

  @Field(() => String, { nullable: true })
  purpose?: string | null;

  @Field(() => String, { nullable: true })
  reference?: string | null;
}

@InputType('BankManualMatchInput')
export class BankManualMatchInput {
  @Field(() => Int)
  line!: number;

  @Field(() => ID)
  contactId!: string;
}

@InputType('BankStatementInput')
export class BankStatementInput {
  @Field(() => String, { description: 'The CSV file, base64; up to 5 MB, UTF-8 or Windows-1251.' })
  contentBase64!: string;

  @Field(() => String, { nullable: true })
  fileName?: string | null;

  @Field(() => BankColumnMappingInput, { nullable: true })
  mapping?: BankColumnMappingInput | null;

  @Field(() => Boolean, { description: 'True: read and match only. False: record the matched rows.' })
  dryRun!: boolean;

  @Field(() => [BankManualMatchInput], { nullable: true })
  manualMatches?: BankManualMatchInput[] | null;

  @Field(() => [Int], { nullable: true, description: 'Lines not to import.' })
  excludedLines?: number[] | null;
}

@ObjectType('BankColumnMapping')
export class BankColumnMappingType {
  @Field(() => String)
  date!: string;

  @Field(() => String)
  amount!: string;

  @Field(() => String, { nullable: true })
  payer!: string | null;

  @Field(() => String, { nullable: true })
  purpose!: string | null;

  @Field(() => String, { nullable: true })
  reference!: string | null;
}

@ObjectType('BankStatementRow')
export class BankStatementRowType {
  @Field(() => Int, { description: 'Line in the file.' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  date!: string | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Kopiyky; negative for debits.' })
  amountKopiyky!: number | null;

  @Field(() => String)
  payer!: string;

  @Field(() => String)
  purpose!: string;

  @Field(() => String, { nullable: true })
  reference!: string | null;

  @Field(() => BankRowStatusEnum)
  status!: RowStatus;

  @Field(() => BankMatchEnum, { nullable: true })
  matchedBy!: MatchedBy | null;

  @Field(() => String, { nullable: true, description: 'Why the row is not imported (i18n key).' })
  reason!: string | null;
}

@ObjectType('BankStatementResult')
export class BankStatementResultType {
  @Field(() => String)
  encoding!: string;

  @Field(() => String)
  delimiter!: string;

  @Field(() => [String])
  headers!: string[];

  @Field(() => BankColumnMappingType)
  mapping!: BankColumnMappingType;

  @Field(() => [BankStatementRowType])
  rows!: BankStatementRowType[];

  @Field(() => ID, { nullable: true, description: 'The recorded import; null on a dry run.' })
  bankImportId!: string | null;

  @Field(() => Int)
  paymentsCreated!: number;

  @Field(() => GraphQLSafeInt, { description: 'Sum of the matched rows (recorded, or to be recorded).' })
  importedKopiyky!: number;
}
