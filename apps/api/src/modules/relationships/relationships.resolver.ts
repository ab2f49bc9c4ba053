import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RelationshipViewKind } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import type { ContactRecord } from '../contacts/contact.record';
import { ContactType } from '../contacts/contact.types';
import { RelationshipService } from './relationship.service';
import { ContactRelationshipViewType, RelationshipKindEnum, type RelationshipView } from './relationship.types';

@Resolver(() => ContactType)
export class RelationshipsResolver {
  @FieldResolver(() => [ContactRelationshipViewType], { description: 'Links to other contacts you can see, both directions, by name.' })
  relationships(@Root() contact: ContactRecord, @Ctx() ctx: GraphQLContext): Promise<RelationshipView[]> {
    return ctx.loaders.relationships.byContact.load(contact.id);
  }

  @Mutation(() => ContactRelationshipViewType, { description: 'Links a contact you may edit to one you can see: "contactId is KIND of relatedContactId".' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  addContactRelationship(
    @Ctx() ctx: GraphQLContext,
    @Arg('contactId', () => ID) contactId: string,
    @Arg('relatedContactId', () => ID) relatedContactId: string,
    @Arg('kind', () => RelationshipKindEnum) kind: RelationshipViewKind,
  ): Promise<RelationshipView> {
    return new RelationshipService(ctx).add(contactId, relatedContactId, kind);
  }

  @Mutation(() => ID, { description: 'Removes a link between two contacts you can see, one of them yours to edit; returns its id.' })
  @Directive('@orgScope(domain: "contacts", action: "write")')
  removeContactRelationship(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<string> {
    return new RelationshipService(ctx).remove(id);
  }
}
