import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DuplicatePairDocument, MergeContactsDocument, UndoContactMergeDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-with-providers';
import { PairComparePage } from './pair-compare-page';

const unit = { __typename: 'OrgUnit', id: 'u1', nameUk: 'Осередок Буча', nameEn: 'Bucha branch' };
const base = {
  __typename: 'Contact', patronymic: null, gender: null, birthDate: null, emails: [], addressRegion: null, addressSettlement: null, addressStreet: null,
  tags: [], notes: null, source: null, contactType: 'SUPPORTER', consentAt: null, consentVersion: null, membershipType: null, membershipStatus: null,
  membershipSince: null, cardNumber: null, orgUnit: unit,
};
const a = { ...base, id: 'a', version: 2, displayName: 'Шевченко Тарас', lastName: 'Шевченко', firstName: 'Тарас', phones: ['+380671234567'], createdAt: '2023-01-01T00:00:00Z' };
const b = { ...base, id: 'b', version: 1, displayName: 'Shevchenko Taras', lastName: 'Shevchenko', firstName: 'Taras', phones: ['+380671234567'], createdAt: '2024-01-01T00:00:00Z' };
const pair = { data: { duplicatePair: { __typename: 'DuplicatePair', id: 'p1', rules: ['PHONE', 'NAME_BIRTH_DATE'], score: 97, status: 'OPEN', viewerCanMerge: true, contactA: a, contactB: b } } };

const survivor = { __typename: 'Contact', id: 'a', displayName: 'Шевченко Тарас', phones: ['+380671234567'], emails: [], orgUnit: unit };
const merge = (undoneAt: string | null) => ({
  __typename: 'ContactMerge', id: 'm1', mergedName: 'Shevchenko Taras', mergedContactId: 'b', movedCount: 4, actorName: 'Олена', mergedAt: '2026-11-23T12:00:00Z',
  undoneAt, undoBlockedBy: undoneAt ? 'UNDONE' : null, survivor,
});
const mergeVariables = { survivorId: 'a', mergedId: 'b', expectedVersions: { survivor: 2, merged: 1 } };

function render(mocks: unknown[]) {
  return renderWithProviders(<PairComparePage />, {
    route: '/duplicates/pairs/p1',
    path: '/duplicates/pairs/:id',
    mocks: [{ request: { query: DuplicatePairDocument, variables: { id: 'p1' } }, result: pair }, ...mocks] as never,
  });
}

describe('PairComparePage', () => {
  it('merges, shows the kept record, and undoes back to both records', async () => {
    render([
      { request: { query: MergeContactsDocument, variables: (v: Record<string, unknown>) => v.survivorId === 'a' && v.mergedId === 'b' }, result: { data: { mergeContacts: merge(null) } } },
      { request: { query: UndoContactMergeDocument, variables: { mergeId: 'm1' } }, result: { data: { undoContactMerge: merge('2026-11-23T12:05:00Z') } } },
    ]);
    expect((await screen.findByTestId('merge-submit')).textContent).toBe('Merge into “Шевченко Тарас”');
    expect(screen.getByText('Same phone')).toBeTruthy();
    expect(screen.getByText('97% match')).toBeTruthy();

    fireEvent.click(screen.getByTestId('merge-submit'));
    const done = await screen.findByTestId('merge-done');
    expect(done.textContent).toContain('Merged: “Shevchenko Taras” is now part of “Шевченко Тарас”.');
    expect(done.textContent).toContain('4 linked records moved over.');
    expect(screen.getByTestId('merged-record').textContent).toContain('+380671234567');

    fireEvent.click(screen.getByTestId('merge-undo'));
    expect((await screen.findByTestId('merge-undone')).textContent).toContain('The merge was undone: both records are back.');
    expect(screen.getByTestId('open-survivor').getAttribute('href')).toBe('/contacts/a');
    expect(screen.getByTestId('open-restored').getAttribute('href')).toBe('/contacts/b');
  });

  it('says when a record changed meanwhile, and reloads the pair', async () => {
    render([
      {
        request: { query: MergeContactsDocument, variables: (v: Record<string, unknown>) => JSON.stringify(v.expectedVersions) === JSON.stringify(mergeVariables.expectedVersions) },
        result: { errors: [new GraphQLError('changed', { extensions: { code: 'CONFLICT', i18nKey: 'errors:changedBySomeoneElse' } })] },
      },
      { request: { query: DuplicatePairDocument, variables: { id: 'p1' } }, result: pair },
    ]);
    fireEvent.click(await screen.findByTestId('merge-submit'));
    const alert = await screen.findByTestId('merge-conflict');
    expect(alert.textContent).toContain('One of the records was changed while you were comparing.');
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await screen.findByTestId('merge-submit');
  });

  it('shows a pair it cannot find as not found', async () => {
    renderWithProviders(<PairComparePage />, {
      route: '/duplicates/pairs/p9',
      path: '/duplicates/pairs/:id',
      mocks: [{ request: { query: DuplicatePairDocument, variables: { id: 'p9' } }, result: { data: { duplicatePair: null } } }],
      lng: 'uk',
    });
    expect((await screen.findByTestId('not-found')).textContent).toContain('Цієї пари вже немає, або ви не бачите обох записів.');
  });
});
