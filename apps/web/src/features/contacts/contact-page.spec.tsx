import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContactDocument, UpdateContactDocument, type ContactInput } from '../../gql/graphql';
import { contactRecord } from '../../test/contact-fixture';
import { renderWithProviders } from '../../test/render-with-providers';
import { ContactPage } from './contact-page';

const read = (contact = contactRecord()) => ({ request: { query: ContactDocument, variables: { id: 'c1' } }, result: { data: { contact } } });
const saved = (contact = contactRecord()) => ({ data: { updateContact: { __typename: 'ContactSavePayload', contact, duplicates: [] } } });
const fail = (extensions: Record<string, unknown>) => ({ errors: [{ message: 'refused', extensions }] });

/** An UpdateContact mock that remembers what was sent. */
function update(result: object, sent: { variables?: { version: number; input: ContactInput; allowDuplicate: boolean } }[]) {
  return {
    request: { query: UpdateContactDocument, variables: (variables: Record<string, unknown>) => (sent.push({ variables } as (typeof sent)[number]), true) },
    result,
  };
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('ContactPage', () => {
  it('shows the whole record in groups, in the UI language', async () => {
    renderWithProviders(<ContactPage />, { lng: 'uk', route: '/contacts/c1', path: '/contacts/:id', mocks: [read()] });
    expect((await screen.findByTestId('contact-name')).textContent).toBe('Шевченко Тарас Григорович');
    expect(screen.getByRole('link', { name: '+380 67 123 4567' }).getAttribute('href')).toBe('tel:+380671234567');
    expect(screen.getByRole('link', { name: 'taras@example.org' }).getAttribute('href')).toBe('mailto:taras@example.org');
    expect(screen.getByRole('link', { name: 'Осередок Бровари' }).getAttribute('href')).toBe('/org/b1');
    expect(screen.getByText('25 лютого 1990 р.')).toBeTruthy();
    expect(screen.getByTestId('contact-street').textContent).toContain('вул. Вокзальна, 1');
    expect(screen.getByTestId('contact-consent').textContent).toMatch(/^Надано 3 березня 2025 р\. о \d\d:\d\d, на текст версії 2026-11\.$/);
    expect(screen.getByTestId('membership-status').textContent).toContain('Член');
    expect(within(screen.getByTestId('contact-tags')).getByText('волонтер')).toBeTruthy();
    expect(screen.getByText('Назад до контактів').getAttribute('href')).toBe('/contacts');
  });

  it('offers no edit to a viewer who may only read', async () => {
    renderWithProviders(<ContactPage />, { route: '/contacts/c1', path: '/contacts/:id', mocks: [read(contactRecord({ viewerCanWrite: false }))] });
    await screen.findByTestId('contact-name');
    expect(screen.queryByTestId('contact-edit')).toBeNull();
  });

  it('shows each refused field under it, lists them at the top and focuses the first', async () => {
    const sent: Parameters<typeof update>[1] = [];
    const refused = fail({
      code: 'BAD_USER_INPUT',
      i18nKey: 'errors:validationFailed',
      fieldErrors: [
        { field: 'birthDate', i18nKey: 'errors:birthDateInFuture', params: {} },
        { field: 'phones.1', i18nKey: 'errors:phoneInvalid', params: { value: '12' } },
      ],
    });
    renderWithProviders(<ContactPage />, { lng: 'uk', route: '/contacts/c1', path: '/contacts/:id', mocks: [read(), update(refused, sent)] });
    fireEvent.click(await screen.findByTestId('contact-edit'));
    fireEvent.click(screen.getByTestId('contact-phone-add'));
    fireEvent.change(field('Телефон 2'), { target: { value: '12' } });
    fireEvent.change(field('Дата народження'), { target: { value: '2999-01-01' } });
    fireEvent.click(screen.getByTestId('contact-save'));

    const summary = await screen.findByTestId('contact-form-errors');
    expect(summary.textContent).toContain('Виправте 2 виділені поля.');
    expect(within(summary).getByRole('link', { name: /Телефон 2: «12» — не номер телефону/ }).getAttribute('href')).toBe('#edit-contact-phones-1');
    expect(field('Телефон 2').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('edit-contact-phones-1-error')?.textContent).toContain('«12» — не номер телефону');
    expect(document.getElementById('edit-contact-birthDate-error')?.textContent).toBe('Дата народження не може бути в майбутньому.');
    await waitFor(() => expect(document.activeElement?.id).toBe('edit-contact-birthDate'));
    // Rows go as typed, so `phones.1` is the second row; consent untouched is not sent.
    expect(sent[0].variables).toMatchObject({ version: 3, allowDuplicate: false, input: { phones: ['+380 67 123 4567', '12'], birthDate: '2999-01-01' } });
    expect('consentVersion' in sent[0].variables!.input).toBe(false);
  });

  it('explains a stale save, reloads the record and puts the user’s changes back', async () => {
    const sent: Parameters<typeof update>[1] = [];
    const theirs = contactRecord({ version: 4, phones: ['+380501112233'] });
    const mine = contactRecord({ version: 5, phones: ['+380501112233'], addressStreet: 'вул. Нова, 5' });
    renderWithProviders(<ContactPage />, {
      route: '/contacts/c1',
      path: '/contacts/:id',
      mocks: [read(), update(fail({ code: 'CONFLICT', i18nKey: 'errors:changedBySomeoneElse' }), sent), read(theirs), update(saved(mine), sent)],
    });
    fireEvent.click(await screen.findByTestId('contact-edit'));
    fireEvent.change(field('Street, house, flat'), { target: { value: 'вул. Нова, 5' } });
    fireEvent.click(screen.getByTestId('contact-save'));

    const notice = await screen.findByTestId('conflict-notice');
    expect(notice.textContent).toContain('Someone else changed this record while you were editing it.');
    expect(within(notice).getByTestId('conflict-changes').textContent).toBe('Street, house, flatвул. Нова, 5');
    expect((screen.getByTestId('contact-save') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(notice).getByTestId('conflict-reload'));
    await waitFor(() => expect(field('Phone 1').value).toBe('+380 50 111 2233'));
    expect(field('Street, house, flat').value).toBe('вул. Вокзальна, 1');
    fireEvent.click(screen.getByTestId('conflict-restore'));
    expect(field('Street, house, flat').value).toBe('вул. Нова, 5');
    expect(field('Phone 1').value).toBe('+380 50 111 2233');

    fireEvent.click(screen.getByTestId('contact-save'));
    expect((await screen.findByTestId('contact-saved')).textContent).toBe('Changes saved.');
    expect(sent.map((s) => s.variables!.version)).toEqual([3, 4]);
    expect(screen.getByTestId('contact-street').textContent).toContain('вул. Нова, 5');
  });

  it('warns about a phone another contact has, links to it, and saves on confirmation', async () => {
    const sent: Parameters<typeof update>[1] = [];
    const duplicate = {
      __typename: 'Contact', id: 'c7', displayName: 'Франко Іван', phones: ['+380501112233'], emails: [],
      orgUnit: { __typename: 'OrgUnit', id: 'b1', nameUk: 'Осередок Бровари', nameEn: 'Brovary branch' },
    };
    const warned = { data: { updateContact: { __typename: 'ContactSavePayload', contact: null, duplicates: [duplicate] } } };
    renderWithProviders(<ContactPage />, {
      route: '/contacts/c1',
      path: '/contacts/:id',
      mocks: [read(), update(warned, sent), update(saved(contactRecord({ version: 4, phones: ['+380671234567', '+380501112233'] })), sent)],
    });
    fireEvent.click(await screen.findByTestId('contact-edit'));
    fireEvent.click(screen.getByTestId('contact-phone-add'));
    fireEvent.change(field('Phone 2'), { target: { value: '050 111 22 33' } });
    fireEvent.click(screen.getByTestId('contact-save'));

    const warning = await screen.findByTestId('duplicate-warning');
    expect(within(warning).getByRole('link', { name: 'Франко Іван' }).getAttribute('href')).toBe('/contacts/c7');
    expect(warning.textContent).toContain('+380 50 111 2233 · Brovary branch');
    fireEvent.click(within(warning).getByTestId('duplicate-proceed'));
    await screen.findByTestId('contact-saved');
    expect(sent.map((s) => s.variables!.allowDuplicate)).toEqual([false, true]);
  });

  it.each([
    ['records consent to the current text when ticked', null, '2026-11'],
    ['withdraws consent when unticked', '2025-03-03T12:05:00Z', null],
  ])('%s', async (_name, consentAt, expected) => {
    const sent: Parameters<typeof update>[1] = [];
    renderWithProviders(<ContactPage />, {
      route: '/contacts/c1',
      path: '/contacts/:id',
      mocks: [read(contactRecord({ consentAt, consentVersion: consentAt ? '2026-11' : null })), update(saved(), sent)],
    });
    fireEvent.click(await screen.findByTestId('contact-edit'));
    fireEvent.click(screen.getByTestId('contact-consent-checkbox'));
    fireEvent.click(screen.getByTestId('contact-save'));
    await screen.findByTestId('contact-saved');
    expect(sent[0].variables!.input.consentVersion).toBe(expected);
  });

  it('shows "not found" when the API returns null', async () => {
    renderWithProviders(<ContactPage />, {
      route: '/contacts/zzz',
      path: '/contacts/:id',
      mocks: [{ request: { query: ContactDocument, variables: { id: 'zzz' } }, result: { data: { contact: null } } }],
    });
    const notFound = await screen.findByTestId('not-found');
    expect(notFound.textContent).toContain('Contact not found');
    expect(notFound.textContent).toContain('This contact does not exist, or you do not have access to it.');
  });
});
