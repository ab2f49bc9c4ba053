import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../platform/graphql/connection';
import { ContactType } from '../contacts/contact.types';
import type { ContactFilter } from '@hromada/shared';
import type { ContactGroupKind } from './contact-group.entity';
import { ContactFilterType } from './contact-filter.graphql';

export const ContactGroupKindEnum = { SMART: 'smart', STATIC: 'static' } as const satisfies Record<string, ContactGroupKind>;
registerEnumType(ContactGroupKindEnum, {
  name: 'ContactGroupKind',
  description: 'SMART: criteria, evaluated on every read. STATIC: a list of contacts added by hand or in bulk.',
});

@ObjectType('ContactGroup', {
  description: 'A named set of contacts owned by a unit and shared down the tree from it; everyone sees only the part within their own scope.',
})
export class ContactGroupType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ContactGroupKindEnum)
  kind!: ContactGroupKind;

  @Field(() => ContactFilterType, { nullable: true, description: "A smart group's criteria; null for a static group." })
  filter!: ContactFilter | null;

  @Field(() => Int, { description: 'Send it back with an update: a save over a newer version is refused.' })
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('ContactGroupConnection')
export class ContactGroupConnection extends Connection(ContactGroupType, 'ContactGroup') {}

@ObjectType('ContactFilterPreview', { description: 'What a filter would match now, within your scope.' })
export class ContactFilterPreview {
  @Field(() => Int, { description: 'Exact number of matching contacts in your scope.' })
  count!: number;

  @Field(() => [ContactType], { description: 'The first matches by name (up to 10).' })
  sample!: ContactType[];
}
