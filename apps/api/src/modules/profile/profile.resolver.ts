import { Arg, Ctx, Directive, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import type { ContactRecord } from '../contacts/contact.record';
import { ContactType } from '../contacts/contact.types';
import { ProfileService } from './profile.service';

@Resolver()
export class ProfileResolver {
  @Query(() => ContactType, { nullable: true, description: 'Your own contact record; null when your account has none.' })
  @Directive('@orgScope(domain: "profile", action: "read")')
  myProfile(@Ctx() ctx: GraphQLContext): Promise<ContactRecord | null> {
    return new ProfileService(ctx).mine();
  }

  @Mutation(() => ContactType, { description: 'Saves your own phones, e-mails and address over the version you read; nothing else changes.' })
  @Directive('@orgScope(domain: "profile", action: "write")')
  updateMyContactDetails(
    @Ctx() ctx: GraphQLContext,
    @Arg('version', () => Int) version: number,
    @Arg('phones', () => [String]) phones: string[],
    @Arg('emails', () => [String]) emails: string[],
    @Arg('addressRegion', () => String, { nullable: true }) addressRegion?: string | null,
    @Arg('addressSettlement', () => String, { nullable: true }) addressSettlement?: string | null,
    @Arg('addressStreet', () => String, { nullable: true }) addressStreet?: string | null,
  ): Promise<ContactRecord> {
    return new ProfileService(ctx).updateMyDetails(version, { phones, emails, addressRegion, addressSettlement, addressStreet });
  }
}
