import type { ContactListActionsProps } from '../features/contacts/contacts-page';
import { SelectionActions } from '../features/groups/components/selection-actions';

/** The contacts list's "Tag all / Add to group / Export" for its current result, from the groups feature. */
export function ContactListActions({ search, orgUnitId }: ContactListActionsProps) {
  return <SelectionActions selection={{ list: { search, orgUnitId } }} />;
}
