import { Field, InputType, ObjectType } from 'type-graphql';
import type { ContactKind, Gender } from '@hromada/shared';
import { ContactKindEnum, GenderEnum } from './contact.enums';
import { ContactType } from './contact.types';

@InputType('ContactInput', { description: "A contact's own fields. Checked and normalized by the API; every bad field is reported." })
export class ContactInput {
  @Field(() => String)
  lastName!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String, { nullable: true })
  patronymic?: string | null;

  @Field(() => GenderEnum, { nullable: true })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future.' })
  birthDate?: string | null;

  @Field(() => [String], { nullable: true, description: 'Any common form; stored as E.164, Ukraine by default.' })
  phones?: string[] | null;

  @Field(() => [String], { nullable: true })
  emails?: string[] | null;

  @Field(() => String, { nullable: true })
  addressRegion?: string | null;

  @Field(() => String, { nullable: true })
  addressSettlement?: string | null;

  @Field(() => String, { nullable: true })
  addressStreet?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => String, { nullable: true })
  source?: string | null;

  @Field(() => ContactKindEnum, { nullable: true, description: 'SUPPORTER when not given.' })
  contactType?: ContactKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'The consent text version the person agreed to; a new version records the time. Null withdraws consent.',
  })
  consentVersion?: string | null;
}

@ObjectType('ContactSavePayload', { description: 'A saved contact, or the contacts in scope that already have one of its phones or e-mails.' })
export class ContactSavePayload {
  @Field(() => ContactType, { nullable: true, description: 'Null when the save stopped at possible duplicates.' })
  contact!: ContactType | null;

  @Field(() => [ContactType], { description: 'Contacts you can see with the same phone or e-mail; save again with allowDuplicate to go on.' })
  duplicates!: ContactType[];
}
