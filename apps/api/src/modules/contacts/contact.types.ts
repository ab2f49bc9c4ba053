import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../platform/graphql/pagination';

@ObjectType('Contact', { description: 'A person or organization the organization keeps in touch with.' })
export class ContactType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, { description: 'Last name, first name and patronymic.' })
  displayName!: string;

  @Field(() => String, { nullable: true })
  patronymic!: string | null;

  @Field(() => String, { nullable: true, description: 'E.164.' })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('ContactEdge')
export class ContactEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => ContactType)
  node!: ContactType;
}

@ObjectType('ContactConnection')
export class ContactConnection {
  @Field(() => [ContactEdge])
  edges!: ContactEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Matching contacts; when totalCountCapped, the cap (10,000) and there are more.' })
  totalCount!: number;

  @Field(() => Boolean, { description: 'True when a search matched more than the count cap: show "10,000+".' })
  totalCountCapped!: boolean;
}
