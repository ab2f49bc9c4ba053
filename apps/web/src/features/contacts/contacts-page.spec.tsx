import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ContactsDocument, ContactsPermissionsDocument, ContactsUnitDocument } from '../../gql/graphql';
import { LanguageSwitch } from '../../lib/components/language-switch';
import { renderWithProviders } from '../../test/render-with-providers';
import { ContactsPage } from './contacts-page';

const kyiv = { __typename: 'OrgUnit', id: 'r1', nameUk: 'Київська область', nameEn: 'Kyiv Region' };
const branch = { __typename: 'OrgUnit', id: 'b1', nameUk: 'Осередок Бровари', nameEn: 'Brovary branch' };

function contact(n: number) {
  return {
    __typename: 'Contact',
    id: `c${n}`,
    displayName: `Shevchenko Taras ${n}`,
    phone: n % 2 ? `+38067000000${n}` : null,
    email: `taras${n}@example.org`,
    orgUnit: branch,
    region: kyiv,
  };
}

function page(ids: number[], { total = ids.length, capped = false, hasNextPage = false } = {}) {
  return {
    data: {
      contacts: {
        __typename: 'ContactConnection',
        totalCount: total,
        totalCountCapped: capped,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? `cur${ids.at(-1)}` : null },
        edges: ids.map((n) => ({ __typename: 'ContactEdge', cursor: `cur${n}`, node: contact(n) })),
      },
    },
  };
}

type Vars = Record<string, unknown>;
const matches = (expected: Vars) => (vars: Vars) =>
  Object.entries({ first: 25, after: undefined, search: undefined, orgUnitId: undefined, ...expected }).every(
    ([key, value]) => vars[key] === value,
  );

describe('ContactsPage', () => {
  it('offers "Add a contact" only to those who may add contacts', async () => {
    const { client } = renderWithProviders(<ContactsPage />, {
      route: '/contacts',
      mocks: [
        { request: { query: ContactsDocument, variables: matches({}) }, result: page([1], { total: 1 }) },
        { request: { query: ContactsPermissionsDocument }, result: { data: { me: { __typename: 'Me', id: 'u2', canAddContacts: false } } } },
      ],
    });
    await screen.findAllByTestId('contacts-row');
    await waitFor(() => expect(client.readQuery({ query: ContactsPermissionsDocument })?.me?.canAddContacts).toBe(false));
    expect(screen.queryByTestId('contacts-new')).toBeNull();
  });

  it('lists the contacts in scope with the total', async () => {
    renderWithProviders(<ContactsPage />, {
      route: '/contacts',
      mocks: [
        { request: { query: ContactsDocument, variables: matches({}) }, result: page([1, 2, 3], { total: 3 }) },
        { request: { query: ContactsPermissionsDocument }, result: { data: { me: { __typename: 'Me', id: 'u1', canAddContacts: true } } } },
      ],
    });

    expect((await screen.findByTestId('contacts-new')).getAttribute('href')).toBe('/contacts/new');
    const rows = await screen.findAllByTestId('contacts-row');
    expect(rows).toHaveLength(3);
    expect(screen.getByTestId('contacts-total').textContent).toBe('3 contacts');
    const first = within(rows[0]);
    expect(first.getByRole('link', { name: 'Shevchenko Taras 1' }).getAttribute('href')).toBe('/contacts/c1');
    expect(first.getByRole('link', { name: '+380670000001' }).getAttribute('href')).toBe('tel:+380670000001');
    expect(first.getByRole('link', { name: 'taras1@example.org' }).getAttribute('href')).toBe('mailto:taras1@example.org');
    expect(rows[0].textContent).toContain('Brovary branch');
    expect(rows[0].textContent).toContain('Kyiv Region');
    expect(screen.queryByTestId('contacts-show-more')).toBeNull();
  });

  it('shows a capped total as "more than", and switches language without refetching', async () => {
    renderWithProviders(
      <>
        <LanguageSwitch />
        <ContactsPage />
      </>,
      {
        route: '/contacts?q=enko',
        mocks: [
          {
            request: { query: ContactsDocument, variables: matches({ search: 'enko' }) },
            result: page([1, 2], { total: 10000, capped: true, hasNextPage: true }),
            maxUsageCount: 1,
          },
        ],
      },
    );

    expect((await screen.findByTestId('contacts-total')).textContent).toBe('More than 10,000 contacts');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Contacts');
    expect(screen.getAllByTestId('contacts-row')[0].textContent).toContain('Brovary branch');

    fireEvent.click(screen.getByTestId('lang-switch-uk'));

    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Контакти'));
    expect(screen.getByTestId('contacts-total').textContent).toBe('Понад 10\u00a0000 контактів');
    expect(screen.getAllByTestId('contacts-row')[0].textContent).toContain('Осередок Бровари');
    expect(screen.getByTestId('contacts-show-more').textContent).toBe('Показати ще');
  });

  it('shows a hint instead of searching for fewer than 3 characters', async () => {
    const requested = vi.fn(() => true);
    renderWithProviders(<ContactsPage />, {
      route: '/contacts',
      mocks: [
        { request: { query: ContactsDocument, variables: matches({}) }, result: page([1]) },
        { request: { query: ContactsDocument, variables: requested }, result: page([]) },
      ],
    });
    await screen.findAllByTestId('contacts-row');

    fireEvent.change(screen.getByTestId('contacts-search'), { target: { value: 'ab' } });

    const hint = await screen.findByTestId('contacts-search-hint');
    expect(hint.textContent).toBe('Type at least 3 letters or digits to search.');
    expect(screen.getByTestId('location').textContent).toBe('/contacts?q=ab');
    expect(screen.queryByTestId('contacts-row')).toBeNull();
    expect(requested).not.toHaveBeenCalled();
  });

  it('searches after a pause and keeps the search in the address', async () => {
    renderWithProviders(<ContactsPage />, {
      route: '/contacts',
      mocks: [
        { request: { query: ContactsDocument, variables: matches({}) }, result: page([1, 2, 3]) },
        { request: { query: ContactsDocument, variables: matches({ search: 'Шевч' }) }, result: page([2]) },
      ],
    });
    await screen.findAllByTestId('contacts-row');

    fireEvent.change(screen.getByTestId('contacts-search'), { target: { value: 'Шевч' } });
    expect(screen.getAllByTestId('contacts-row')).toHaveLength(3); // not yet: debounced

    await waitFor(() => expect(screen.getAllByTestId('contacts-row')).toHaveLength(1));
    expect(screen.getByTestId('contacts-total').textContent).toBe('1 contact');
    expect(decodeURIComponent(screen.getByTestId('location').textContent ?? '')).toBe('/contacts?q=Шевч');
  });

  it('appends the next page on "Show more"', async () => {
    const first = Array.from({ length: 25 }, (_, i) => i + 1);
    renderWithProviders(<ContactsPage />, {
      route: '/contacts',
      mocks: [
        { request: { query: ContactsDocument, variables: matches({}) }, result: page(first, { total: 27, hasNextPage: true }) },
        { request: { query: ContactsDocument, variables: matches({ after: 'cur25' }) }, result: page([26, 27], { total: 27 }) },
      ],
    });
    expect(await screen.findAllByTestId('contacts-row')).toHaveLength(25);

    fireEvent.click(screen.getByTestId('contacts-show-more'));

    await waitFor(() => expect(screen.getAllByTestId('contacts-row')).toHaveLength(27));
    expect(screen.getAllByTestId('contacts-row')[26].textContent).toContain('Shevchenko Taras 27');
    expect(screen.queryByTestId('contacts-show-more')).toBeNull();
  });

  it('filters by the unit in the address and can clear it', async () => {
    renderWithProviders(<ContactsPage />, {
      route: '/contacts?unit=r1',
      mocks: [
        { request: { query: ContactsDocument, variables: matches({ orgUnitId: 'r1' }) }, result: page([1], { total: 1 }) },
        { request: { query: ContactsUnitDocument, variables: { id: 'r1' } }, result: { data: { orgUnit: { ...kyiv, kind: 'REGION' } } } },
        { request: { query: ContactsDocument, variables: matches({}) }, result: page([1, 2], { total: 2 }) },
      ],
    });

    expect(await screen.findByText('Unit: Kyiv Region')).toBeTruthy();
    expect((await screen.findByTestId('contacts-total')).textContent).toBe('1 contact');

    fireEvent.click(screen.getByRole('button', { name: 'Show contacts from all units' }));

    await waitFor(() => expect(screen.getByTestId('contacts-total').textContent).toBe('2 contacts'));
    expect(screen.getByTestId('location').textContent).toBe('/contacts');
  });

  it('hands the current result (search and unit) to the list actions, once there are rows', async () => {
    const Actions = ({ search, orgUnitId }: { search: string | null; orgUnitId: string | null }) => (
      <output data-testid="list-actions">{JSON.stringify({ search, orgUnitId })}</output>
    );
    renderWithProviders(<ContactsPage listActions={Actions} />, {
      route: '/contacts?q=Шевч&unit=r1',
      mocks: [
        { request: { query: ContactsDocument, variables: matches({ search: 'Шевч', orgUnitId: 'r1' }) }, result: page([1]) },
        { request: { query: ContactsUnitDocument, variables: { id: 'r1' } }, result: { data: { orgUnit: { ...kyiv, kind: 'REGION' } } } },
      ],
    });
    expect((await screen.findByTestId('list-actions')).textContent).toBe('{"search":"Шевч","orgUnitId":"r1"}');
  });

  it('offers a retry when loading fails', async () => {
    renderWithProviders(<ContactsPage />, {
      route: '/contacts',
      mocks: [
        { request: { query: ContactsDocument, variables: matches({}) }, error: new TypeError('Failed to fetch') },
        { request: { query: ContactsDocument, variables: matches({}) }, result: page([1]) },
      ],
    });
    expect(await screen.findByText('Cannot connect to the server. Check your internet connection and try again.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByTestId('contacts-row')).toHaveLength(1);
  });
});
