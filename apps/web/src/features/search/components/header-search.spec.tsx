import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HeaderSearchDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { HeaderSearch } from './header-search';

const branch = { __typename: 'OrgUnit', id: 'b1', nameUk: 'Осередок Буча', nameEn: 'Bucha branch' };

function person(n: number) {
  return {
    __typename: 'Contact',
    id: `c${n}`,
    displayName: `Шевченко Тарас ${n}`,
    phone: n === 1 ? '+380671234567' : null,
    email: n === 1 ? 'taras@ukr.net' : null,
    orgUnit: branch,
  };
}

function found(ids: number[], { total = ids.length, capped = false, similar = false } = {}) {
  return {
    data: {
      search: {
        __typename: 'SearchResults',
        contacts: {
          __typename: 'ContactSearchGroup',
          totalCount: total,
          totalCountCapped: capped,
          similar,
          items: ids.map(person),
        },
      },
    },
  };
}

const searchFor = (text: string) => ({ query: HeaderSearchDocument, variables: { text, first: 5 } });

/** Records every text the API was asked for, answering each with the given result. */
function recordingMock(seen: string[], result = found([1])) {
  return {
    request: {
      query: HeaderSearchDocument,
      variables: (vars: Record<string, unknown>) => {
        seen.push(String(vars.text));
        return true;
      },
    },
    result,
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const input = () => screen.getByRole('combobox');
const type = (text: string) => fireEvent.change(input(), { target: { value: text } });
const key = (name: string) => fireEvent.keyDown(input(), { key: name });
const location = () => decodeURIComponent(screen.getByTestId('location').textContent ?? '');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('HeaderSearch', () => {
  it('shows a hint and asks nothing for fewer than 3 letters or digits', async () => {
    const seen: string[] = [];
    renderWithProviders(<HeaderSearch />, { mocks: [recordingMock(seen)] });

    type('Ан');
    expect(screen.getByTestId('header-search-status').textContent).toBe('Type at least 3 letters or digits.');
    type('ab ');
    await pause(400);

    expect(seen).toEqual([]);
    expect(screen.getByTestId('header-search-status').textContent).toBe('Type at least 3 letters or digits.');
    expect(input().getAttribute('aria-expanded')).toBe('false');
  });

  it('waits for a pause in typing and then asks once, showing that it is searching', async () => {
    const seen: string[] = [];
    renderWithProviders(<HeaderSearch />, { mocks: [recordingMock(seen)] });

    type('шев');
    await pause(100);
    type('шевч');
    expect(screen.getByTestId('header-search-status').textContent).toBe('Searching…');
    await pause(150);
    expect(seen).toEqual([]); // 250 ms after the first keystroke, but only 150 ms after the last

    expect(await screen.findAllByTestId('header-search-option')).toHaveLength(1);
    expect(new Set(seen)).toEqual(new Set(['шевч']));
  });

  it('groups the results under a heading with the total, and describes each contact', async () => {
    renderWithProviders(<HeaderSearch />, { mocks: [{ request: searchFor('shevch'), result: found([1, 2, 3], { total: 1234 }) }] });

    type('shevch');

    const group = await screen.findByRole('group', { name: 'Contacts · 1,234' });
    const options = within(group).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Шевченко Тарас 1Bucha branch · +380671234567 · taras@ukr.net',
      'Шевченко Тарас 2Bucha branch',
      'Шевченко Тарас 3Bucha branch',
    ]);
    expect(screen.getByRole('listbox').id).toBe(input().getAttribute('aria-controls'));
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('header-search-show-all').textContent).toBe('Show all results');
    expect(screen.queryByTestId('header-search-similar')).toBeNull();
  });

  it('shows a capped total as "10 000+" in Ukrainian', async () => {
    renderWithProviders(<HeaderSearch />, {
      lng: 'uk',
      mocks: [{ request: searchFor('енко'), result: found([1, 2], { total: 10000, capped: true }) }],
    });

    type('енко');

    expect(await screen.findByRole('group', { name: 'Контакти · 10\u00a0000+' })).toBeTruthy();
    expect(screen.getByTestId('header-search-show-all').textContent).toBe('Показати всі результати');
  });

  it('says when the names are only similar, and offers no "show all" for them', async () => {
    renderWithProviders(<HeaderSearch />, { mocks: [{ request: searchFor('Шевчнко'), result: found([1], { total: 0, similar: true }) }] });

    type('Шевчнко');

    expect((await screen.findByTestId('header-search-similar')).textContent).toBe('No exact matches — similar names');
    expect(screen.getByTestId('header-search-group-heading').textContent).toBe('Contacts');
    expect(screen.getAllByRole('option')).toHaveLength(1);
    expect(screen.queryByTestId('header-search-show-all')).toBeNull();
  });

  it('moves through the options with the arrow keys, wrapping, and opens the active contact on Enter', async () => {
    renderWithProviders(<HeaderSearch />, { mocks: [{ request: searchFor('shevch'), result: found([1, 2], { total: 7 }) }] });
    type('shevch');
    const [first, second, showAll] = await screen.findAllByRole('option');
    const active = () => input().getAttribute('aria-activedescendant');
    expect(active()).toBeNull();

    key('ArrowDown');
    expect(active()).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
    key('ArrowUp');
    expect(active()).toBe(showAll.id);
    key('ArrowDown');
    expect(active()).toBe(first.id);
    key('ArrowDown');
    expect(active()).toBe(second.id);
    expect(first.getAttribute('aria-selected')).toBe('false');

    key('Enter');

    expect(location()).toBe('/contacts/c2');
    expect((input() as HTMLInputElement).value).toBe('');
    expect(input().getAttribute('aria-expanded')).toBe('false');
  });

  it('goes to the full list on Enter when no option is active', async () => {
    renderWithProviders(<HeaderSearch />, { mocks: [{ request: searchFor('Шевч'), result: found([1]) }] });
    type('Шевч');
    await screen.findAllByRole('option');

    key('Enter');

    expect(location()).toBe('/contacts?q=Шевч');
  });

  it('closes on the first Escape and clears the text on the second', async () => {
    renderWithProviders(<HeaderSearch />, { mocks: [{ request: searchFor('shevch'), result: found([1]) }] });
    type('shevch');
    await screen.findAllByRole('option');
    key('ArrowDown');

    key('Escape');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(input().getAttribute('aria-activedescendant')).toBeNull();
    expect(screen.queryByRole('listbox')).toBeNull();
    expect((input() as HTMLInputElement).value).toBe('shevch');

    key('Escape');
    expect((input() as HTMLInputElement).value).toBe('');
  });

  it('opens the full list from "Show all results" and a contact by click', async () => {
    renderWithProviders(<HeaderSearch />, {
      mocks: [{ request: searchFor('taras shev'), result: found([1, 2], { total: 40 }), maxUsageCount: 2 }],
    });
    type('taras shev');
    fireEvent.click(await screen.findByRole('option', { name: 'Show all results' }));
    expect(screen.getByTestId('location').textContent).toBe('/contacts?q=taras+shev');

    type('taras shev');
    fireEvent.click((await screen.findAllByTestId('header-search-option'))[0]);
    expect(location()).toBe('/contacts/c1');
  });

  it('says when nothing is found, and when the search failed', async () => {
    renderWithProviders(<HeaderSearch />, {
      mocks: [
        { request: searchFor('zzyzx'), result: found([]) },
        { request: searchFor('qqqqq'), error: new TypeError('Failed to fetch') },
      ],
    });

    type('zzyzx');
    await waitFor(() => expect(screen.getByTestId('header-search-status').textContent).toBe('Nothing found for “zzyzx”.'));
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(input().getAttribute('aria-expanded')).toBe('false');

    type('qqqqq');
    await waitFor(() =>
      expect(screen.getByTestId('header-search-status').textContent).toBe(
        'Cannot connect to the server. Check your internet connection and try again.',
      ),
    );
  });

  it('focuses the box on "/" unless the user is typing somewhere else', () => {
    renderWithProviders(
      <>
        <input data-testid="other" />
        <HeaderSearch />
      </>,
    );
    const other = screen.getByTestId('other');
    other.focus();
    fireEvent.keyDown(other, { key: '/' });
    expect(document.activeElement).toBe(other);

    other.blur();
    const slash = fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(input());
    expect(slash).toBe(false); // the "/" is not typed into the box
  });
});
