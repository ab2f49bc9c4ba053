import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from '../../platform/graphql/connection';
import type { ErrorMode, ImportCounts, ImportStatus, MatchMode } from './contact-import.entity';
import {
  ContactImportStatusEnum, ImportErrorModeEnum, ImportFieldEnum, ImportFormatEnum, ImportMatchModeEnum, ImportRowOutcomeEnum,
} from './contact-import.enums';
import type { ImportFormat } from './import-file-detect';
import type { ImportField } from './import-fields';
import type { RowOutcome } from './import-planner';

@ObjectType('ContactImportCounts', { description: 'Rows of the file by outcome, after a check (what would happen) or an import.' })
export class ContactImportCountsType implements ImportCounts {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int, { description: 'Empty rows, rows that change nothing, and good rows an all-or-nothing import did not write.' })
  skipped!: number;

  @Field(() => Int)
  errors!: number;
}

@ObjectType('ContactImportRowError', { description: 'One problem of one row, in the column it came from.' })
export class ContactImportRowErrorType {
  @Field(() => String, { description: 'The import field (lastName, phone, birthDate, unit …) or "row" for the row as a whole.' })
  field!: string;

  @Field(() => Int, { nullable: true, description: 'Index of the column to blame, if one is.' })
  column!: number | null;

  @Field(() => String, { nullable: true, description: "That column's header." })
  header!: string | null;

  @Field(() => String, { description: 'Namespace-prefixed i18n key of the message.' })
  i18nKey!: string;

  @Field(() => GraphQLJSONObject)
  params!: Record<string, string | number>;

  @Field(() => String, { nullable: true, description: 'What the cell said.' })
  value!: string | null;
}

@ObjectType('ContactImportRow', { description: 'One row of the file and its outcome.' })
export class ContactImportRowType {
  @Field(() => Int, { description: 'The row number as the spreadsheet shows it (the header is row 1).' })
  row!: number;

  @Field(() => ImportRowOutcomeEnum)
  outcome!: RowOutcome;

  @Field(() => ID, { nullable: true, description: 'The contact created or updated (or, after a check, the one that would be updated).' })
  contactId!: string | null;

  @Field(() => [ContactImportRowErrorType])
  errors!: ContactImportRowErrorType[];
}

@ObjectType('ContactImportRowConnection')
export class ContactImportRowConnection extends Connection(ContactImportRowType, 'ContactImportRow') {}

@ObjectType('ContactImport', { description: 'A contact file you uploaded, its mapping and options, and how its last check or import went. Only its uploader sees it.' })
export class ContactImportType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => ImportFormatEnum)
  format!: ImportFormat;

  @Field(() => String, { nullable: true, description: 'utf-8 or windows-1251 (CSV only).' })
  encoding!: string | null;

  @Field(() => String, { nullable: true, description: 'The column separator found in a CSV: ";", "," or a tab.' })
  delimiter!: string | null;

  @Field(() => Int, { description: 'Bytes.' })
  size!: number;

  @Field(() => Int, { description: 'Rows below the header that are not empty.' })
  rowCount!: number;

  @Field(() => [String])
  headers!: string[];

  @Field(() => [[String]], { description: 'The first rows as text, cell by cell under `headers`.' })
  sample!: string[][];

  @Field(() => ContactImportStatusEnum)
  status!: ImportStatus;

  @Field(() => ImportMatchModeEnum)
  matchMode!: MatchMode;

  @Field(() => ImportErrorModeEnum)
  errorMode!: ErrorMode;

  @Field(() => Boolean, { nullable: true, description: 'Whether `counts` and `rows` are from a check (true) or an import (false); null before either.' })
  dryRun!: boolean | null;

  @Field(() => ContactImportCountsType, { nullable: true })
  counts!: ImportCounts | null;

  @Field(() => String, { nullable: true, description: 'Why the last run failed: a namespace-prefixed i18n key.' })
  errorKey!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  errorParams!: Record<string, string | number> | null;

  @Field(() => ID, { nullable: true, description: 'The background task of the last check or import: follow it with backgroundTask(id).' })
  taskId!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType('ContactImportConnection')
export class ContactImportConnection extends Connection(ContactImportType, 'ContactImport') {}

@ObjectType('SavedImportMapping', { description: 'A column mapping you saved; applied by itself to a file with the same headers.' })
export class SavedImportMappingType {
  @Field(() => ID)
  id!: string;

  @Field(() => [String])
  headers!: string[];

  @Field(() => [ImportFieldEnum])
  mapping!: ImportField[];

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('SavedImportMappingConnection')
export class SavedImportMappingConnection extends Connection(SavedImportMappingType, 'SavedImportMapping') {}
