import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { RELATIONSHIP_VIEW_KINDS, type RelationshipViewKind } from '@hromada/shared';
import { storedEnum } from '../contacts/contact.enums';
import { ContactType } from '../contacts/contact.types';
import type { ContactRecord } from '../contacts/contact.record';

export const RelationshipKindEnum = storedEnum(RELATIONSHIP_VIEW_KINDS);
registerEnumType(RelationshipKindEnum, {
  name: 'RelationshipKind',
  description: 'How a contact relates to the other, read from its side: A PARENT_OF B is B CHILD_OF A.',
});

/** One link as one contact sees it. */
export interface RelationshipView {
  id: string;
  kind: RelationshipViewKind;
  contact: ContactRecord;
  createdAt: Date;
}

@ObjectType('ContactRelationshipView', { description: 'A link to another contact you can see, labelled from this contact’s side.' })
export class ContactRelationshipViewType {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationshipKindEnum, { description: 'This contact is KIND of `contact`: e.g. CHILD_OF their parent.' })
  kind!: RelationshipViewKind;

  @Field(() => ContactType, { description: 'The other contact.' })
  contact!: ContactType;

  @Field(() => Date)
  createdAt!: Date;
}
