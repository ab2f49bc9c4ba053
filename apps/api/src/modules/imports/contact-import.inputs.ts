import { Field, ID, InputType } from 'type-graphql';
import type { ErrorMode, MatchMode } from './contact-import.entity';
import { ImportErrorModeEnum, ImportMatchModeEnum } from './contact-import.enums';

@InputType('ContactImportOptionsInput', { description: 'How an import treats its rows.' })
export class ContactImportOptionsInput {
  @Field(() => ID, { nullable: true, description: 'The unit for rows without a unit column (one you may add contacts to).' })
  targetOrgUnitId?: string | null;

  @Field(() => ImportMatchModeEnum)
  matchMode!: MatchMode;

  @Field(() => ImportErrorModeEnum)
  errorMode!: ErrorMode;
}
