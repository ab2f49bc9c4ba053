import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MergeContactFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { MergeCompare, type MergeRequest } from './merge-compare';

const unit = { __typename: 'OrgUnit' as const, id: 'u1', nameUk: 'Осередок Буча', nameEn: 'Bucha branch' };

function contact(overrides: Partial<MergeContactFragment>): MergeContactFragment {
  return {
    __typename: 'Contact', id: 'x', version: 1, displayName: '', lastName: '', firstName: '', patronymic: null, gender: null, birthDate: null,
    phones: [], emails: [], addressRegion: null, addressSettlement: null, addressStreet: null, tags: [], notes: null, source: null,
    contactType: 'SUPPORTER', consentAt: null, consentVersion: null, membershipType: null, membershipStatus: null, membershipSince: null,
    cardNumber: null, createdAt: '2024-01-01T10:00:00Z', orgUnit: unit, ...overrides,
  };
}

const older = contact({
  id: 'a', version: 3, displayName: 'Шевченко Тарас', lastName: 'Шевченко', firstName: 'Тарас', gender: 'MALE',
  phones: ['+380671234567'], tags: ['волонтер'], notes: 'Прийшов на збори', createdAt: '2023-05-01T09:00:00Z',
});
const newer = contact({
  id: 'b', version: 1, displayName: 'Shevchenko Taras', lastName: 'Shevchenko', firstName: 'Taras', gender: 'MALE', birthDate: '1990-03-09',
  phones: ['+380501112233', '+380671234567'], emails: ['taras@ukr.net'], tags: ['донор'], notes: 'From the 2024 list',
  membershipType: 'MEMBER', membershipStatus: 'MEMBER', membershipSince: '2020-01-15', cardNumber: 'UA-0042',
});

function renderCompare(lng: 'en' | 'uk' = 'en', fieldErrors: Record<string, string> = {}) {
  const onMerge = vi.fn<(request: MergeRequest) => void>();
  renderWithProviders(<MergeCompare a={older} b={newer} pending={false} fieldErrors={fieldErrors} onMerge={onMerge} />, { lng });
  return onMerge;
}

const row = (field: string) => within(screen.getByTestId(`merge-field-${field}`));
const option = (field: string, side: string) => screen.getByTestId(`merge-option-${field}-${side}`) as HTMLInputElement;

describe('MergeCompare', () => {
  it('starts from the older record, its values, gaps filled from the other and every list item of both', () => {
    const onMerge = renderCompare();
    expect((screen.getByTestId('merge-keep-a') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('merge-submit').textContent).toBe('Merge into “Шевченко Тарас”');
    expect(option('lastName', 'a').checked).toBe(true);
    expect(option('birthDate', 'b').checked).toBe(true);
    expect(row('birthDate').getByText('9 March 1990')).toBeTruthy();
    expect(option('membership', 'b').checked).toBe(true);
    expect(row('membership').getByText('Member since 15 January 2020, card UA-0042')).toBeTruthy();
    // Agreeing values are shown once, without a choice.
    expect(row('gender').getByText('Male')).toBeTruthy();
    expect(row('gender').getByText('Same in both')).toBeTruthy();
    expect(row('gender').queryByRole('radio')).toBeNull();
    const phones = row('phones').getAllByRole('checkbox') as HTMLInputElement[];
    expect(phones.map((box) => [box.value, box.checked])).toEqual([['+380671234567', true], ['+380501112233', true]]);
    expect(row('phones').getByText('Same in both')).toBeTruthy();
    expect(row('phones').getByText('from record 2')).toBeTruthy();

    fireEvent.click(screen.getByTestId('merge-submit'));
    expect(onMerge).toHaveBeenCalledWith({
      survivor: older,
      merged: newer,
      fieldChoices: {
        lastName: 'SURVIVOR', firstName: 'SURVIVOR', patronymic: 'SURVIVOR', gender: 'SURVIVOR', birthDate: 'MERGED', address: 'SURVIVOR',
        contactType: 'SURVIVOR', source: 'SURVIVOR', consent: 'SURVIVOR', membership: 'MERGED', notes: 'BOTH',
        phones: ['+380671234567', '+380501112233'], emails: ['taras@ukr.net'], tags: ['волонтер', 'донор'],
      },
    });
  });

  it('keeps choices by side when the kept record changes, and sends them as survivor or merged', () => {
    const onMerge = renderCompare();
    fireEvent.click(option('firstName', 'b'));
    fireEvent.click(option('notes', 'a'));
    fireEvent.click(row('tags').getByRole('checkbox', { name: /волонтер/ }));
    fireEvent.click(screen.getByTestId('merge-keep-b'));
    expect(screen.getByTestId('merge-submit').textContent).toBe('Merge into “Shevchenko Taras”');
    expect(option('firstName', 'b').checked).toBe(true);

    fireEvent.click(screen.getByTestId('merge-submit'));
    const request = onMerge.mock.calls[0][0];
    expect(request.survivor.id).toBe('b');
    expect(request.merged.id).toBe('a');
    expect(request.fieldChoices).toMatchObject({
      lastName: 'MERGED', firstName: 'SURVIVOR', birthDate: 'SURVIVOR', membership: 'SURVIVOR', notes: 'MERGED',
      // The kept record's items first: it decides the main phone.
      phones: ['+380501112233', '+380671234567'], tags: ['донор'],
    });
  });

  it('shows the API’s field errors beside their fields', () => {
    renderCompare('en', { phones: 'This value is not in either record.' });
    expect(row('phones').getByText('This value is not in either record.')).toBeTruthy();
  });

  it('speaks Ukrainian', () => {
    renderCompare('uk');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Який запис залишити?');
    expect(screen.getByTestId('merge-submit').textContent).toBe('Об’єднати в «Шевченко Тарас»');
    expect(row('birthDate').getByText('9 березня 1990 р.')).toBeTruthy();
    expect(row('gender').getByText('Однаково в обох')).toBeTruthy();
  });
});
