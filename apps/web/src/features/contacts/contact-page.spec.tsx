import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContactDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-with-providers';
import { ContactPage } from './contact-page';

const contact = {
  __typename: 'Contact',
  id: 'c1',
  firstName: 'Тарас',
  lastName: 'Шевченко',
  patronymic: 'Григорович',
  displayName: 'Шевченко Тарас Григорович',
  phone: '+380 67 123 45 67',
  email: 'taras@example.org',
  createdAt: '2025-03-03T12:05:00Z',
  updatedAt: '2025-03-04T08:00:00Z',
  orgUnit: { __typename: 'OrgUnit', id: 'b1', nameUk: 'Осередок Бровари', nameEn: 'Brovary branch', kind: 'BRANCH' },
  region: { __typename: 'OrgUnit', id: 'r1', nameUk: 'Київська область', nameEn: 'Kyiv Region' },
};

describe('ContactPage', () => {
  it('shows the record with links and dates in the UI language', async () => {
    renderWithProviders(<ContactPage />, {
      lng: 'uk',
      route: '/contacts/c1',
      path: '/contacts/:id',
      mocks: [{ request: { query: ContactDocument, variables: { id: 'c1' } }, result: { data: { contact } } }],
    });
    expect((await screen.findByTestId('contact-name')).textContent).toBe('Шевченко Тарас Григорович');
    expect(screen.getByRole('link', { name: '+380 67 123 45 67' }).getAttribute('href')).toBe('tel:+380671234567');
    expect(screen.getByRole('link', { name: 'taras@example.org' }).getAttribute('href')).toBe('mailto:taras@example.org');
    expect(screen.getByRole('link', { name: 'Осередок Бровари' }).getAttribute('href')).toBe('/org/b1');
    expect(screen.getByRole('link', { name: 'Київська область' }).getAttribute('href')).toBe('/org/r1');
    const created = document.querySelector('time[datetime="2025-03-03T12:05:00Z"]');
    expect(created?.textContent).toMatch(/^3 березня 2025 р\. о \d\d:\d\d$/);
    expect(screen.getByText('Назад до контактів').getAttribute('href')).toBe('/contacts');
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
