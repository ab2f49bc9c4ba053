import type { ContactGroup } from './hooks/use-header-search';

export type SearchContact = ContactGroup['items'][number];

export type SearchOption =
  | { kind: 'contact'; key: string; href: string; contact: SearchContact }
  | { kind: 'all'; key: string; href: string };

/** The full contacts list, filtered by the text (the contacts page keeps its search in `q`). */
export function contactsListHref(text: string): string {
  return `/contacts?${new URLSearchParams({ q: text.trim() })}`;
}

/**
 * The options in the order the arrow keys walk them: the contacts found, then "show all"
 * when there are exact matches (close spellings are not what the full list would show).
 */
export function searchOptions(contacts: ContactGroup | null, text: string): SearchOption[] {
  if (!contacts) return [];
  const options: SearchOption[] = contacts.items.map((contact) => ({
    kind: 'contact',
    key: `contact-${contact.id}`,
    href: `/contacts/${contact.id}`,
    contact,
  }));
  if (contacts.totalCount > 0 && !contacts.similar) {
    options.push({ kind: 'all', key: 'all', href: contactsListHref(text) });
  }
  return options;
}
