import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AddContactRelationshipDocument, ContactRelationshipsDocument, ContactCandidatesDocument, RemoveContactRelationshipDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-with-providers';
import { RelationshipsSection } from './relationships-section';

const unit = { __typename: 'OrgUnit', id: 'b1', nameUk: 'Осередок м. Буча', nameEn: 'Bucha branch' };
const person = (id: string, displayName: string) => ({ __typename: 'Contact', id, displayName, orgUnit: unit });
const link = (id: string, kind: string, other: ReturnType<typeof person>) => ({ __typename: 'ContactRelationshipView', id, kind, contact: other });
const read = (relationships: ReturnType<typeof link>[]) => ({
  request: { query: ContactRelationshipsDocument, variables: { id: 'c1' } },
  result: { data: { contact: { __typename: 'Contact', id: 'c1', displayName: 'Шевченко Тарас', relationships } } },
});
const mother = person('c2', 'Шевченко Катерина');
const son = person('c3', 'Шевченко Андрій');

describe('RelationshipsSection', () => {
  it('names who each linked contact is to this one, in the UI language', async () => {
    renderWithProviders(<RelationshipsSection contactId="c1" canWrite={false} />, { lng: 'uk', mocks: [read([link('l1', 'CHILD_OF', mother), link('l2', 'PARENT_OF', son)])] });
    const items = await screen.findAllByTestId('relationship-item');
    expect(items.map((item) => item.textContent)).toEqual(['Батько або матиШевченко КатеринаОсередок м. Буча', 'ДитинаШевченко АндрійОсередок м. Буча']);
    expect(within(items[0]).getByRole('link').getAttribute('href')).toBe('/contacts/c2');
    expect(screen.queryByTestId('relationship-remove')).toBeNull();
    expect(screen.queryByTestId('relationship-add-open')).toBeNull();
  });

  it('finds a contact, links it as chosen, and shows the refusal of a repeated link', async () => {
    const sent: Record<string, unknown>[] = [];
    const candidates = { data: { contacts: { __typename: 'ContactConnection', edges: [{ __typename: 'ContactEdge', node: { ...son, phone: '+380671234567' } }, { __typename: 'ContactEdge', node: { ...person('c1', 'Шевченко Тарас'), phone: null } }] } } };
    const add = (result: object) => ({ request: { query: AddContactRelationshipDocument, variables: (v: Record<string, unknown>) => (sent.push(v), true) }, result });
    renderWithProviders(<RelationshipsSection contactId="c1" canWrite />, {
      mocks: [
        read([]),
        { request: { query: ContactCandidatesDocument, variables: { search: 'Шев' } }, result: candidates },
        add({ errors: [{ message: 'exists', extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'relatedContactId', i18nKey: 'errors:relationshipExists', params: {} }] } }] }),
        add({ data: { addContactRelationship: { __typename: 'ContactRelationshipView', id: 'l9' } } }),
        read([link('l9', 'PARENT_OF', son)]),
      ],
    });
    fireEvent.click(await screen.findByTestId('relationship-add-open'));
    fireEvent.change(screen.getByTestId('relationship-search'), { target: { value: 'Шев' } });
    const list = await screen.findByTestId('relationship-candidates');
    // The contact itself is never offered.
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    fireEvent.click(within(list).getByTestId('relationship-choose'));
    fireEvent.change(screen.getByTestId('relationship-kind'), { target: { value: 'PARENT_OF' } });
    expect(screen.getByTestId('relationship-kind').closest('.field')?.textContent).toContain('Who they are to Шевченко Тарас');

    fireEvent.click(screen.getByTestId('relationship-submit'));
    expect(await screen.findByText('These two contacts are already linked this way.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('relationship-submit'));
    await waitFor(() => expect(screen.getAllByTestId('relationship-item')).toHaveLength(1));
    expect(sent[1]).toEqual({ contactId: 'c1', relatedContactId: 'c3', kind: 'PARENT_OF' });
    expect(screen.getByTestId('relationship-item').textContent).toContain('Child');
  });

  it('removes a link only after confirmation', async () => {
    renderWithProviders(<RelationshipsSection contactId="c1" canWrite />, {
      mocks: [
        read([link('l1', 'SPOUSE', mother)]),
        { request: { query: RemoveContactRelationshipDocument, variables: { id: 'l1' } }, result: { data: { removeContactRelationship: 'l1' } } },
        read([]),
      ],
    });
    fireEvent.click(await screen.findByTestId('relationship-remove'));
    expect(screen.getByText('Remove the link to Шевченко Катерина (Spouse)?')).toBeTruthy();
    fireEvent.click(screen.getByTestId('relationship-remove-confirm'));
    expect(await screen.findByText('Not linked to other contacts yet.')).toBeTruthy();
  });
});
