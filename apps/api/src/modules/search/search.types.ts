import { Field, Int, ObjectType } from 'type-graphql';
import { ContactType } from '../contacts/contact.types';

@ObjectType('ContactSearchGroup', { description: 'Contacts found by the header search.' })
export class ContactSearchGroup {
  @Field(() => [ContactType], { description: 'The best matches: names starting with the text first.' })
  items!: ContactType[];

  @Field(() => Int, { description: 'All exact matches; when totalCountCapped, the cap (10,000) and there are more.' })
  totalCount!: number;

  @Field(() => Boolean)
  totalCountCapped!: boolean;

  @Field(() => Boolean, { description: 'True when nothing matched as typed and the items are close spellings instead.' })
  similar!: boolean;
}

@ObjectType('SearchResults', { description: 'What the header search found in scope, grouped by type.' })
export class SearchResults {
  @Field(() => ContactSearchGroup)
  contacts!: ContactSearchGroup;
}
