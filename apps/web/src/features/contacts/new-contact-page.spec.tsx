import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route } from 'react-router';
import { ContactWritableUnitsDocument, CreateContactDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-with-providers';
import { NewContactPage } from './new-contact-page';

const bucha = { __typename: 'OrgUnit', id: 'b1', nameUk: 'Осередок м. Буча', nameEn: 'Bucha branch', kind: 'BRANCH' };
const units = (list: object[], search: string | null = null) => ({
  request: { query: ContactWritableUnitsDocument, variables: { search, first: 21 } },
  result: { data: { contactWritableUnits: list } },
});
const duplicate = {
  __typename: 'Contact', id: 'c7', displayName: 'Шевченко Тарас Григорович', phones: ['+380671234567'], emails: ['taras@example.org'],
  orgUnit: { __typename: 'OrgUnit', id: 'b1', nameUk: 'Осередок м. Буча', nameEn: 'Bucha branch' },
};

describe('NewContactPage', () => {
  it('stops at a contact with the same phone, links to it, and creates on confirmation', async () => {
    const sent: Record<string, unknown>[] = [];
    const create = (result: object) => ({
      request: { query: CreateContactDocument, variables: (variables: Record<string, unknown>) => (sent.push(variables), true) },
      result,
    });
    renderWithProviders(<NewContactPage />, {
      lng: 'uk',
      route: '/contacts/new',
      path: '/contacts/new',
      extraRoutes: <Route path="/contacts/:id" element={<p>record</p>} />,
      mocks: [
        units([bucha]),
        create({ data: { createContact: { __typename: 'ContactSavePayload', contact: null, duplicates: [duplicate] } } }),
        create({ data: { createContact: { __typename: 'ContactSavePayload', contact: { __typename: 'Contact', id: 'c99' }, duplicates: [] } } }),
      ],
    });
    // A branch head has one unit: it is chosen for them.
    expect((await screen.findByTestId('unit-only')).textContent).toBe('Контакт буде в підрозділі «Осередок м. Буча».');
    fireEvent.change(screen.getByLabelText('Прізвище'), { target: { value: 'Шевченко' } });
    fireEvent.change(screen.getByLabelText("Ім’я"), { target: { value: 'Тарас' } });
    fireEvent.change(screen.getByLabelText('Телефон 1'), { target: { value: '067 123 45 67' } });
    fireEvent.click(screen.getByTestId('contact-create'));

    const warning = await screen.findByTestId('duplicate-warning');
    expect(warning.textContent).toContain('Можливо, ця людина вже є у ваших контактах');
    expect(within(warning).getByRole('link', { name: 'Шевченко Тарас Григорович' }).getAttribute('href')).toBe('/contacts/c7');
    expect(document.activeElement).toBe(warning);

    fireEvent.click(within(warning).getByRole('button', { name: 'Усе одно створити' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/contacts/c99'));
    expect(sent.map((v) => [v.orgUnitId, v.allowDuplicate])).toEqual([['b1', false], ['b1', true]]);
    expect(sent[0].input).toMatchObject({ lastName: 'Шевченко', firstName: 'Тарас', phones: ['067 123 45 67'], contactType: 'SUPPORTER' });
  });

  it('asks for a unit when the viewer may add contacts in several', async () => {
    const region = { ...bucha, id: 'r1', nameUk: 'Київська область', nameEn: 'Kyiv Oblast', kind: 'REGION' };
    renderWithProviders(<NewContactPage />, { route: '/contacts/new', path: '/contacts/new', mocks: [units([region, bucha])] });
    expect(await screen.findAllByRole('radio')).toHaveLength(2);
    const options = screen.getByTestId('unit-options');
    fireEvent.change(screen.getByLabelText('Last name'), { target: { value: 'Франко' } });
    fireEvent.change(screen.getByLabelText('First name'), { target: { value: 'Іван' } });
    fireEvent.click(screen.getByTestId('contact-create'));
    expect(await screen.findByText('Choose the unit that will keep this contact.')).toBeTruthy();
    expect(document.activeElement?.id).toBe('new-contact-orgUnitId');
    fireEvent.click(within(options).getByLabelText(/Bucha branch/));
    expect(screen.queryByText('Choose the unit that will keep this contact.')).toBeNull();
  });
});
