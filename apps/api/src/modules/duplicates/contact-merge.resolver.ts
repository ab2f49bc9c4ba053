import { Arg, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context';
import { notFound } from '../../platform/graphql/errors';
import type { ContactMergeRecord } from './contact-merges.reader';
import { ContactMergesService, type ContactMergePage } from './contact-merges.service';
import { ContactMergeService } from './contact-merge.service';
import { ContactMergeConnection, ContactMergeType } from './duplicates.types';
import { MergeFieldChoicesInput, MergeVersionsInput, toMergeChoices } from './merge.inputs';
import { MergeUndoService } from './merge-undo.service';

@Resolver(() => ContactMergeType)
export class ContactMergeResolver {
  @Query(() => ContactMergeConnection, { description: 'Merges of contacts within the unit’s subtree that you can see, newest first.' })
  @Directive('@orgScope(domain: "contacts", action: "read")')
  contactMerges(
    @Ctx() ctx: GraphQLContext,
    @Arg('orgUnitId', () => ID) orgUnitId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ContactMergePage> {
    return new ContactMergesService(ctx).list({ orgUnitId, first, after });
  }

  @Query(() => ContactMergeType, { nullable: true, description: 'A merge by id; null when unknown or out of scope.' })
  @Directive('@orgScope(domain: "contacts", action: "read")')
  contactMerge(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ContactMergeRecord | null> {
    return new ContactMergesService(ctx).byId(id);
  }

  @Mutation(() => ContactMergeType, {
    description: 'Merges one contact into another: the survivor takes the chosen fields and every record of the merged one, which is deleted. Can be undone.',
  })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  async mergeContacts(
    @Ctx() ctx: GraphQLContext,
    @Arg('survivorId', () => ID) survivorId: string,
    @Arg('mergedId', () => ID) mergedId: string,
    @Arg('expectedVersions', () => MergeVersionsInput) expectedVersions: MergeVersionsInput,
    @Arg('fieldChoices', () => MergeFieldChoicesInput, { nullable: true }) fieldChoices?: MergeFieldChoicesInput | null,
  ): Promise<ContactMergeRecord> {
    const mergeId = await new ContactMergeService(ctx).merge({ survivorId, mergedId, versions: expectedVersions, choices: toMergeChoices(fieldChoices ?? {}) });
    return this.read(ctx, mergeId);
  }

  @Mutation(() => ContactMergeType, { description: 'Undoes a merge: the merged contact and all its records come back, the survivor gets its earlier values.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  async undoContactMerge(@Arg('mergeId', () => ID) mergeId: string, @Ctx() ctx: GraphQLContext): Promise<ContactMergeRecord> {
    await new MergeUndoService(ctx).undo(mergeId);
    return this.read(ctx, mergeId);
  }

  private async read(ctx: GraphQLContext, mergeId: string): Promise<ContactMergeRecord> {
    const merge = await new ContactMergesService(ctx).byId(mergeId);
    if (!merge) throw notFound();
    return merge;
  }
}
