import { Field, ID, InputType } from 'type-graphql';
import type { ContactGroupKind } from './contact-group.entity';
import { ContactFilterInput } from './contact-filter.graphql';
import { ContactGroupKindEnum } from './contact-group.types';

@InputType('ContactGroupCreateInput')
export class ContactGroupCreateInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ContactGroupKindEnum)
  kind!: ContactGroupKind;

  @Field(() => ID, { description: 'The owner unit: you must be able to edit its contacts. The group is shared with everyone under it.' })
  orgUnitId!: string;

  @Field(() => ContactFilterInput, { nullable: true, description: 'Required for a smart group; not allowed for a static one.' })
  filter?: ContactFilterInput | null;
}

@InputType('ContactGroupUpdateInput', { description: 'The fields to change; what is left out stays as it is.' })
export class ContactGroupUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty text clears it.' })
  description?: string | null;

  @Field(() => ContactFilterInput, { nullable: true, description: 'Smart groups only.' })
  filter?: ContactFilterInput | null;
}
