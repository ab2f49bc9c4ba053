import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DecideMembershipTransferDocument, IncomingTransfersDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-with-providers';
import { TransfersPage } from './transfers-page';

const unit = (id: string, nameUk: string, nameEn: string, regionNameUk: string, regionNameEn: string) => ({ __typename: 'MembershipBranch', id, nameUk, nameEn, regionNameUk, regionNameEn });

const pending = {
  __typename: 'MembershipTransfer',
  id: 't1',
  status: 'PENDING',
  contactId: 'c1',
  contactDisplayName: 'Коваль Петро Іванович',
  contactMembershipStatus: 'MEMBER',
  note: 'Переїхав до Львова',
  requestedAt: '2026-11-20T10:00:00Z',
  requestedByName: 'Олена Бондаренко',
  decidedAt: null,
  decidedByName: null,
  decisionNote: null,
  viewerCanDecide: true,
  viewerCanCancel: false,
  fromUnit: unit('b1', 'Осередок м. Буча', 'Bucha branch', 'Київська область', 'Kyiv Oblast'),
  toUnit: unit('b2', 'Осередок м. Львів', 'Lviv branch', 'Львівська область', 'Lviv Oblast'),
  contact: null,
};

const page = (nodes: unknown[]) => ({
  data: {
    incomingMembershipTransfers: {
      __typename: 'MembershipTransferConnection',
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: nodes.map((node, i) => ({ __typename: 'MembershipTransferEdge', cursor: `c${i}`, node })),
    },
  },
});

describe('TransfersPage', () => {
  it('lists a pending request and accepts it with a note', async () => {
    let sent: Record<string, unknown> | null = null;
    const accepted = { ...pending, status: 'ACCEPTED', decidedAt: '2026-11-23T09:00:00Z', decidedByName: 'Адмін', decisionNote: 'Ласкаво просимо', viewerCanDecide: false, contact: { __typename: 'Contact', id: 'c1', orgUnit: { __typename: 'OrgUnit', id: 'b2', nameUk: 'Осередок м. Львів', nameEn: 'Lviv branch', kind: 'BRANCH' }, region: { __typename: 'OrgUnit', id: 'r2', nameUk: 'Львівська область', nameEn: 'Lviv Oblast' } } };
    renderWithProviders(<TransfersPage />, {
      mocks: [
        { request: { query: IncomingTransfersDocument, variables: { status: 'PENDING', first: 20 } }, result: page([pending]) },
        {
          request: {
            query: DecideMembershipTransferDocument,
            variables: (variables: Record<string, unknown>) => {
              sent = variables;
              return true;
            },
          },
          result: { data: { decideMembershipTransfer: accepted } },
        },
        { request: { query: IncomingTransfersDocument, variables: { status: 'PENDING', first: 20 } }, result: page([]) },
      ],
    });
    const card = await screen.findByTestId('transfer-card');
    expect(card.textContent).toContain('Коваль Петро Іванович');
    expect(card.textContent).toContain('Bucha branch, Kyiv Oblast');
    expect(card.textContent).toContain('Lviv branch, Lviv Oblast');
    expect(card.textContent).toContain('Переїхав до Львова');
    expect(screen.getByTestId('transfers-total').textContent).toBe('1 request');

    fireEvent.change(within(card).getByTestId('decision-note'), { target: { value: ' Ласкаво просимо ' } });
    fireEvent.click(within(card).getByTestId('accept-transfer'));
    expect((await screen.findByTestId('transfers-notice')).textContent).toBe('Accepted: Коваль Петро Іванович is now in Lviv branch.');
    expect(sent).toEqual({ id: 't1', accept: true, note: 'Ласкаво просимо' });
    expect(await screen.findByText('There are no requests here.')).toBeTruthy();
  });

  it('shows decided requests without decision buttons, in Ukrainian', async () => {
    const declined = { ...pending, status: 'DECLINED', decidedAt: '2026-11-22T09:00:00Z', decidedByName: 'Голова', decisionNote: 'Немає місця', viewerCanDecide: false };
    renderWithProviders(<TransfersPage />, {
      lng: 'uk',
      route: '/transfers?status=DECLINED',
      mocks: [{ request: { query: IncomingTransfersDocument, variables: { status: 'DECLINED', first: 20 } }, result: page([declined]) }],
    });
    const card = await screen.findByTestId('transfer-card');
    expect(within(card).getByTestId('transfer-status').textContent).toBe('Відхилено');
    expect(card.textContent).toContain('Немає місця');
    expect(within(card).queryByTestId('accept-transfer')).toBeNull();
    expect(screen.getByTestId('transfers-total').textContent).toBe('1 запит');
  });
});
