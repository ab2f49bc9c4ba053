import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum OrgUnitKindGql {
  HQ = 'hq',
  REGION = 'region',
  DISTRICT = 'district',
  BRANCH = 'branch',
}
registerEnumType(OrgUnitKindGql, { name: 'OrgUnitKind' });

@ObjectType('OrgUnit', { description: 'A unit of the organization tree: HQ, region, district or branch.' })
export class OrgUnitType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  nameUk!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { description: "Name in the request's language." })
  name!: string;

  @Field(() => OrgUnitKindGql)
  kind!: OrgUnitKindGql;

  @Field(() => Int, { description: 'Levels below the root: HQ is 0.' })
  depth!: number;
}
