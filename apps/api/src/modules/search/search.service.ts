import { parseContactSearch } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import type { ContactRecord } from '../contacts/contact.record';
import { findSimilarContacts } from '../contacts/contact-similar';
import { ContactsService } from '../contacts/contacts.service';

export interface ContactGroup {
  items: ContactRecord[];
  totalCount: number;
  totalCountCapped: boolean;
  similar: boolean;
}

/** The header search: every searchable type in scope, a few best hits each. */
export class SearchService {
  constructor(private readonly ctx: GraphQLContext) {}

  /** Exact (substring) matches ranked as the contacts list ranks them; close spellings when there are none. */
  async contacts(text: string, first: number): Promise<ContactGroup> {
    const page = await new ContactsService(this.ctx).list({ search: text, first });
    const items = page.edges.map((edge) => edge.node);
    const query = parseContactSearch(text);
    if (items.length > 0 || query?.kind !== 'text') {
      return { items, totalCount: page.totalCount, totalCountCapped: page.totalCountCapped, similar: false };
    }
    const similar = await findSimilarContacts(this.ctx.em, this.ctx.viewer, query.needle, first);
    return { items: similar, totalCount: 0, totalCountCapped: false, similar: similar.length > 0 };
  }
}
