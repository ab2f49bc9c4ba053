import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BackgroundTaskDocument,
  BulkTagContactsDocument,
  ContactGroupDocument,
  DeleteContactGroupDocument,
  GroupOwnerUnitsDocument,
  PrepareContactExportDocument,
} from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-with-providers';
import { SelectionActions } from './components/selection-actions';
import { GroupPage } from './group-page';

const kyiv = { __typename: 'OrgUnit', id: 'r1', nameUk: 'Київська область', nameEn: 'Kyiv Region' };
const filter = {
  __typename: 'ContactFilter', version: 1, unitIds: ['r1'], units: [kyiv], membershipTypes: [], membershipStatuses: ['MEMBER'], contactTypes: [],
  tagsAny: ['волонтер'], tagsAll: [], genders: [], ageMin: 18, ageMax: null, inArrears: true, arrearsAtLeastKopiyky: null, createdFrom: null,
  createdTo: null, hasPhone: null, hasEmail: null, hasConsent: null,
};

function group(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      contactGroup: {
        __typename: 'ContactGroup', id: 'g1', name: 'Волонтери Київщини', description: 'Для розсилки', kind: 'SMART', version: 3, viewerCanWrite: true,
        count: 1234, orgUnit: kyiv, filter,
        contacts: {
          __typename: 'ContactConnection', totalCount: 1234, pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'c2' },
          edges: [1, 2].map((n) => ({ __typename: 'ContactEdge', cursor: `c${n}`, node: { __typename: 'Contact', id: `p${n}`, displayName: `Шевченко ${n}`, phone: null, email: `p${n}@x.org`, tags: ['волонтер'], orgUnit: kyiv } })),
        },
        ...overrides,
      },
    },
  };
}

const load = { request: { query: ContactGroupDocument, variables: { id: 'g1', first: 25 } }, result: group(), maxUsageCount: 5 };
const roles = (role: string) => ({
  request: { query: GroupOwnerUnitsDocument },
  result: { data: { me: { __typename: 'User', id: 'u1', roles: [{ __typename: 'RoleAssignment', role, orgUnit: kyiv }] } } },
  maxUsageCount: 5,
});

afterEach(() => vi.restoreAllMocks());

describe('GroupPage', () => {
  it('shows the group, its criteria in words, its contacts and what can be done with all of them', async () => {
    renderWithProviders(<GroupPage />, { route: '/groups/g1', path: '/groups/:id', mocks: [load, roles('manager')] });
    expect((await screen.findByTestId('group-title')).textContent).toBe('Волонтери Київщини');
    expect(screen.getByTestId('group-count').textContent).toBe('1,234 contacts');
    const summary = within(screen.getByTestId('filter-summary'));
    expect(summary.getByText('Kyiv Region')).toBeTruthy();
    expect(summary.getByText('Member')).toBeTruthy();
    expect(summary.getByText('In arrears')).toBeTruthy();
    expect(summary.getByText('18–…')).toBeTruthy();
    expect(screen.getAllByTestId('group-member')).toHaveLength(2);
    expect(screen.getByTestId('group-members-more')).toBeTruthy();
    expect(screen.getByTestId('group-edit').getAttribute('href')).toBe('/groups/g1/edit');
    expect(screen.getByTestId('selection-actions')).toBeTruthy();
  });

  it('shows a group shared from above as read-only', async () => {
    renderWithProviders(<GroupPage />, {
      route: '/groups/g1',
      path: '/groups/:id',
      mocks: [{ ...load, result: group({ viewerCanWrite: false }) }, roles('branch_head')],
    });
    expect(await screen.findByText('Shared with you by Kyiv Region: you see only your own contacts in it.')).toBeTruthy();
    expect(screen.queryByTestId('group-edit')).toBeNull();
    expect(screen.queryByTestId('group-delete')).toBeNull();
    // Their own contacts in it are theirs to tag.
    expect(await screen.findByTestId('bulk-tag')).toBeTruthy();
  });

  it('offers a member, who only reads their own record, export but nothing that changes contacts', async () => {
    const { client } = renderWithProviders(<SelectionActions selection={{ list: {} }} />, { mocks: [roles('member')] });
    expect(await screen.findByTestId('export-csv')).toBeTruthy();
    // Once the roles are known (in the cache), the editing actions must still be absent.
    await waitFor(() => expect(client.readQuery({ query: GroupOwnerUnitsDocument })?.me?.roles).toHaveLength(1));
    expect(screen.queryByTestId('bulk-tag')).toBeNull();
    expect(screen.queryByTestId('bulk-add-to-group')).toBeNull();
  });

  it('asks before deleting, then goes back to the list', async () => {
    renderWithProviders(<GroupPage />, {
      route: '/groups/g1',
      path: '/groups/:id',
      mocks: [load, roles('manager'), { request: { query: DeleteContactGroupDocument, variables: { id: 'g1' } }, result: { data: { deleteContactGroup: 'g1' } } }],
    });
    fireEvent.click(await screen.findByTestId('group-delete'));
    const confirm = screen.getByTestId('group-delete-confirm');
    expect(within(confirm).getByRole('heading').textContent).toBe('Delete “Волонтери Київщини”?');
    fireEvent.click(within(confirm).getByTestId('group-delete-confirm-button'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/groups'));
  });

  it('tags every contact of the group and says what changed', async () => {
    renderWithProviders(<GroupPage />, {
      route: '/groups/g1',
      path: '/groups/:id',
      mocks: [
        load,
        roles('manager'),
        {
          request: { query: BulkTagContactsDocument, variables: { selection: { groupId: 'g1' }, tag: 'запрошено', remove: false } },
          result: { data: { bulkTagContacts: { __typename: 'BulkActionPayload', taskId: null, outcome: { __typename: 'BulkActionOutcome', matched: 1234, changed: 1230, skipped: 4, notWritable: 0 } } } },
        },
      ],
    });
    fireEvent.click(await screen.findByTestId('bulk-tag'));
    fireEvent.change(screen.getByTestId('bulk-tag-input'), { target: { value: 'запрошено' } });
    fireEvent.click(screen.getByTestId('bulk-tag-apply'));
    const result = await screen.findByTestId('bulk-result');
    expect(result.textContent).toContain('Done: 1,230 contacts changed.');
    expect(result.textContent).toContain('4 left as they were');
  });

  it('follows a large tagging in the background to its result', async () => {
    const task = (status: string, done: number, result: Record<string, number> | null) => ({
      data: { backgroundTask: { __typename: 'BackgroundTask', id: 't1', kind: 'contacts.bulk', status, done, total: 1234, result, errorKey: null, finishedAt: null } },
    });
    renderWithProviders(<GroupPage />, {
      route: '/groups/g1',
      path: '/groups/:id',
      mocks: [
        load,
        roles('manager'),
        {
          request: { query: BulkTagContactsDocument, variables: () => true },
          result: { data: { bulkTagContacts: { __typename: 'BulkActionPayload', taskId: 't1', outcome: null } } },
        },
        { request: { query: BackgroundTaskDocument, variables: { id: 't1' } }, result: task('running', 600, null) },
        { request: { query: BackgroundTaskDocument, variables: { id: 't1' } }, result: task('succeeded', 1234, { matched: 1234, changed: 1234, skipped: 0, notWritable: 0 }), maxUsageCount: 5 },
      ],
    });
    fireEvent.click(await screen.findByTestId('bulk-tag'));
    fireEvent.change(screen.getByTestId('bulk-tag-input'), { target: { value: 'x' } });
    fireEvent.click(screen.getByTestId('bulk-tag-apply'));
    expect(await screen.findByTestId('bulk-task')).toBeTruthy();
    expect((await screen.findByTestId('bulk-result', {}, { timeout: 3000 })).textContent).toContain('Done: 1,234 contacts changed.');
  });

  it('exports through a one-time link that the browser downloads', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithProviders(<GroupPage />, {
      route: '/groups/g1',
      path: '/groups/:id',
      mocks: [
        load,
        roles('manager'),
        {
          request: { query: PrepareContactExportDocument, variables: { selection: { groupId: 'g1' }, format: 'XLSX' } },
          result: { data: { prepareContactExport: { __typename: 'ContactExportTicket', url: '/api/export/contacts?ticket=abc' } } },
        },
      ],
    });
    fireEvent.click(await screen.findByTestId('export-xlsx'));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const link = click.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/api/export/contacts?ticket=abc');
    expect(link.hasAttribute('download')).toBe(true);
    expect(screen.getByTestId('export-status').textContent).toBe('The download has started. Every export is recorded in the audit log.');
  });
});
