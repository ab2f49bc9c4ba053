import { Field, ID, InputType } from 'type-graphql';
import { ContactFilterInput } from './contact-filter.graphql';

@InputType('ContactListSelectionInput', { description: 'The contacts list as shown: its search and unit, the same arguments as `contacts`.' })
export class ContactListSelectionInput {
  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  orgUnitId?: string | null;
}

@InputType('ContactSelectionInput', {
  description: 'Which contacts an action is for: exactly one of a list, a filter, a group or ids. Always within your scope.',
})
export class ContactSelectionInput {
  @Field(() => ContactListSelectionInput, { nullable: true })
  list?: ContactListSelectionInput | null;

  @Field(() => ContactFilterInput, { nullable: true })
  filter?: ContactFilterInput | null;

  @Field(() => ID, { nullable: true })
  groupId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Up to 1,000 contacts picked one by one.' })
  contactIds?: string[] | null;
}
