import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MyProfileDocument, UpdateMyContactDetailsDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-with-providers';
import { MyProfilePage } from './my-profile-page';

const profile = {
  __typename: 'Contact',
  id: 'c5',
  displayName: 'Ткачук Богдан Ярославович',
  phones: ['+380661000005'],
  emails: ['member@example.org'],
  addressRegion: null,
  addressSettlement: 'Буча',
  addressStreet: null,
  membershipType: 'MEMBER',
  membershipStatus: 'MEMBER',
  membershipSince: '2024-05-01',
  cardNumber: null,
  version: 2,
};
const read = { request: { query: MyProfileDocument }, result: { data: { myProfile: profile } } };

describe('MyProfilePage', () => {
  it('shows the own record and membership, and saves a new phone', async () => {
    const sent: Record<string, unknown>[] = [];
    renderWithProviders(<MyProfilePage />, {
      lng: 'uk',
      route: '/me',
      mocks: [
        read,
        {
          request: { query: UpdateMyContactDetailsDocument, variables: (v: Record<string, unknown>) => (sent.push(v), true) },
          result: { data: { updateMyContactDetails: { ...profile, phones: ['+380671112233'], version: 3 } } },
        },
      ],
    });
    expect((await screen.findByTestId('profile-name')).textContent).toBe('Ткачук Богдан Ярославович');
    expect(screen.getByTestId('my-phones').textContent).toContain('+380 66 100 0005');
    expect(screen.getByTestId('membership-status').textContent).toContain('Член');

    fireEvent.click(screen.getByTestId('my-details-edit'));
    fireEvent.change(screen.getByLabelText('Телефон 1'), { target: { value: '067 111 22 33' } });
    fireEvent.click(screen.getByTestId('my-details-save'));

    expect((await screen.findByTestId('my-details-saved')).textContent).toBe('Ваші контактні дані збережено.');
    expect(screen.getByTestId('my-phones').textContent).toContain('+380 67 111 2233');
    expect(sent[0]).toEqual({ version: 2, phones: ['067 111 22 33'], emails: ['member@example.org'], addressRegion: null, addressSettlement: 'Буча', addressStreet: null });
  });

  it('shows a bad phone under its row, in the user’s language', async () => {
    renderWithProviders(<MyProfilePage />, {
      route: '/me',
      mocks: [
        read,
        {
          request: { query: UpdateMyContactDetailsDocument, variables: () => true },
          result: { errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'phones.0', i18nKey: 'errors:phoneInvalid', params: { value: '12' } }] } }] },
        },
      ],
    });
    fireEvent.click(await screen.findByTestId('my-details-edit'));
    fireEvent.change(screen.getByLabelText('Phone 1'), { target: { value: '12' } });
    fireEvent.click(screen.getByTestId('my-details-save'));
    const summary = await screen.findByTestId('my-details-errors');
    expect(within(summary).getByRole('link').textContent).toContain('Phone 1: “12” is not a phone number.');
    expect(document.getElementById('my-details-phones-0-error')?.textContent).toContain('“12” is not a phone number.');
  });

  it('says so when the account has no contact record', async () => {
    renderWithProviders(<MyProfilePage />, { route: '/me', mocks: [{ request: { query: MyProfileDocument }, result: { data: { myProfile: null } } }] });
    expect(await screen.findByText('Your account is not linked to a contact record yet. Ask your branch to link it.')).toBeTruthy();
  });
});
