import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChangeMembershipStatusDocument, ContactMembershipDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { localToday } from '../membership-values';
import { MembershipSection } from '../membership-section';

const branch = { __typename: 'OrgUnit', id: 'b1', nameUk: 'Осередок м. Буча', nameEn: 'Bucha branch' };

function contact(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Contact',
    id: 'c1',
    version: 3,
    viewerCanWrite: true,
    membershipType: 'MEMBER',
    membershipStatus: 'MEMBER',
    membershipSince: '2024-05-01',
    cardNumber: 'UA32-000042',
    orgUnit: branch,
    membershipHistory: [
      { __typename: 'MembershipStatusChange', id: 'h1', fromStatus: null, toStatus: 'MEMBER', membershipType: 'MEMBER', changedOn: '2024-05-01', reason: null, actorName: 'Олена Бондаренко', createdAt: '2024-05-01T09:00:00Z' },
    ],
    pendingTransfer: null,
    membershipTransfers: [],
    ...overrides,
  };
}

const membershipQuery = (data: ReturnType<typeof contact>) => ({ request: { query: ContactMembershipDocument, variables: { id: 'c1' } }, result: { data: { contact: data } } });

async function openDialog() {
  fireEvent.click(await screen.findByTestId('change-status'));
  return screen.findByTestId('change-status-dialog');
}

const offered = (dialog: HTMLElement) => within(dialog).queryAllByRole('radio').map((radio) => (radio as HTMLInputElement).value);

describe('the change-status dialog', () => {
  it('offers only the steps the lifecycle allows from the current status', async () => {
    renderWithProviders(<MembershipSection contactId="c1" canWrite />, { mocks: [membershipQuery(contact())] });
    const dialog = await openDialog();
    expect(offered(dialog)).toEqual(['suspended', 'left', 'expelled', 'member']);
    expect(within(dialog).getByText('Member (change the type only)')).toBeTruthy();
  });

  it('offers joining steps to someone without a membership, with no reason needed', async () => {
    renderWithProviders(<MembershipSection contactId="c1" canWrite />, {
      mocks: [membershipQuery(contact({ membershipType: null, membershipStatus: null, membershipSince: null, cardNumber: null, membershipHistory: [] }))],
    });
    const dialog = await openDialog();
    expect(offered(dialog)).toEqual(['applicant', 'candidate', 'member']);
    fireEvent.click(within(dialog).getByTestId('status-option-member'));
    expect(within(dialog).getByText('A membership card will be assigned automatically.')).toBeTruthy();
    expect(within(dialog).getByLabelText('Note (optional)')).toBeTruthy();
    expect((within(dialog).getByTestId('status-date') as HTMLInputElement).value).toBe(localToday());
  });

  it('asks for a reason before sending a suspension, then saves it over the version read', async () => {
    const today = localToday();
    const saved = contact({
      version: 4,
      membershipStatus: 'SUSPENDED',
      membershipSince: today,
      membershipHistory: [
        { __typename: 'MembershipStatusChange', id: 'h2', fromStatus: 'MEMBER', toStatus: 'SUSPENDED', membershipType: 'MEMBER', changedOn: today, reason: 'Несплата внесків', actorName: 'Олена Бондаренко', createdAt: `${today}T10:00:00Z` },
        ...contact().membershipHistory,
      ],
    });
    let sent: Record<string, unknown> | null = null;
    renderWithProviders(<MembershipSection contactId="c1" canWrite />, {
      mocks: [
        membershipQuery(contact()),
        {
          request: {
            query: ChangeMembershipStatusDocument,
            variables: (variables: Record<string, unknown>) => {
              sent = variables;
              return true;
            },
          },
          result: { data: { changeMembershipStatus: saved } },
        },
      ],
    });
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByTestId('status-option-suspended'));
    expect(within(dialog).getByText('Required: say what was decided, by whom and why.')).toBeTruthy();
    fireEvent.click(within(dialog).getByTestId('status-submit'));
    expect(await within(dialog).findByText('Give the reason for this change.')).toBeTruthy();
    expect(sent).toBeNull();

    fireEvent.change(within(dialog).getByTestId('status-reason'), { target: { value: 'Несплата внесків' } });
    fireEvent.click(within(dialog).getByTestId('status-submit'));
    await waitFor(() => expect(screen.queryByTestId('change-status-dialog')).toBeNull());
    expect(sent).toEqual({ contactId: 'c1', version: 3, toStatus: 'SUSPENDED', changedOn: today, membershipType: 'MEMBER', reason: 'Несплата внесків' });
    expect(screen.getByTestId('membership-status').textContent).toBe('Suspended');
    expect(screen.getAllByTestId('membership-history-row')[0].textContent).toContain('Member → Suspended');
  });

  it('shows the API’s field errors beside the fields, in Ukrainian', async () => {
    renderWithProviders(<MembershipSection contactId="c1" canWrite />, {
      lng: 'uk',
      mocks: [
        membershipQuery(contact()),
        {
          request: { query: ChangeMembershipStatusDocument, variables: () => true },
          result: {
            errors: [
              {
                message: 'Invalid input',
                extensions: { code: 'BAD_USER_INPUT', i18nKey: 'errors:validationFailed', fieldErrors: [{ field: 'changedOn', i18nKey: 'membership:error.dateBeforeLastChange', params: { date: '2024-05-01' } }] },
              },
            ],
          },
        },
      ],
    });
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByTestId('status-option-left'));
    fireEvent.change(within(dialog).getByTestId('status-reason'), { target: { value: 'Переїзд' } });
    fireEvent.click(within(dialog).getByTestId('status-submit'));
    expect(await within(dialog).findByText('Дата не може бути раніше за останню зміну (2024-05-01).')).toBeTruthy();
    expect(within(dialog).getByTestId('status-date').getAttribute('aria-invalid')).toBe('true');
  });

  it('hides the actions from someone who may only read', async () => {
    renderWithProviders(<MembershipSection contactId="c1" canWrite={false} />, { mocks: [membershipQuery(contact())] });
    expect(await screen.findByText('You can see this membership, but not change it.')).toBeTruthy();
    expect(screen.queryByTestId('change-status')).toBeNull();
    expect(screen.getByTestId('membership-card').textContent).toBe('UA32-000042');
  });
});
