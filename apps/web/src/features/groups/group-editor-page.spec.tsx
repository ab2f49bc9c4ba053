import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  ContactGroupForEditDocument,
  CreateContactGroupDocument,
  GroupOwnerUnitsDocument,
  OrgUnitSearchDocument,
  PreviewContactFilterDocument,
  UpdateContactGroupDocument,
} from '../../gql/graphql';
import { LanguageSwitch } from '../../lib/components/language-switch';
import { renderWithProviders } from '../../test/render-with-providers';
import { EditGroupPage, NewGroupPage } from './group-editor-page';

const kyiv = { __typename: 'OrgUnit', id: '3f2b8a2e-1c4d-4e5f-9a6b-7c8d9e0f1a2b', nameUk: 'Київська область', nameEn: 'Kyiv Region' };
const owners = {
  request: { query: GroupOwnerUnitsDocument },
  result: { data: { me: { __typename: 'User', id: 'u1', roles: [{ __typename: 'RoleAssignment', role: 'manager', orgUnit: kyiv }] } } },
  maxUsageCount: 5,
};

const preview = (count: number) => ({
  data: { previewContactFilter: { __typename: 'ContactFilterPreview', count, sample: [{ __typename: 'Contact', id: 'c1', displayName: 'Шевченко Тарас' }] } },
});

type Vars = { filter?: Record<string, unknown>; input?: Record<string, unknown>; text?: string };

describe('the smart group builder', () => {
  it('shows a live count for the criteria, then saves them as a group and opens it', async () => {
    const previewed = vi.fn((vars: Vars) => vars.filter !== undefined);
    const created = vi.fn(() => true);
    renderWithProviders(<NewGroupPage />, {
      route: '/groups/new',
      path: '/groups/new',
      mocks: [
        owners,
        { request: { query: PreviewContactFilterDocument, variables: (v: Vars) => previewed(v) && (v.filter?.tagsAny as string[]).length === 0 }, result: preview(900), maxUsageCount: 5 },
        {
          request: { query: PreviewContactFilterDocument, variables: (v: Vars) => JSON.stringify(v.filter?.membershipStatuses) === '["MEMBER"]' && JSON.stringify(v.filter?.tagsAny) === '["волонтер"]' && JSON.stringify(v.filter?.unitIds) === '["3f2b8a2e-1c4d-4e5f-9a6b-7c8d9e0f1a2b"]' },
          result: preview(42),
          maxUsageCount: 5,
        },
        { request: { query: OrgUnitSearchDocument, variables: { text: 'Київ' } }, result: { data: { orgUnitSearch: [{ ...kyiv, kind: 'REGION' }] } } },
        {
          request: {
            query: CreateContactGroupDocument,
            variables: (v: Vars) => created() && v.input?.name === 'Волонтери' && v.input?.kind === 'SMART' && v.input?.orgUnitId === '3f2b8a2e-1c4d-4e5f-9a6b-7c8d9e0f1a2b' && JSON.stringify((v.input?.filter as Record<string, unknown>).tagsAny) === '["волонтер"]',
          },
          result: { data: { createContactGroup: { __typename: 'ContactGroup', id: 'g1' } } },
        },
      ],
    });

    expect(await screen.findByText('900 contacts match')).toBeTruthy();
    fireEvent.change(screen.getByTestId('filter-unit-search'), { target: { value: 'Київ' } });
    fireEvent.click(await screen.findByTestId('filter-unit-option'));
    expect(screen.getByTestId('filter-unit-chip').textContent).toContain('Kyiv Region');
    fireEvent.click(within(screen.getByTestId('filter-statuses')).getByLabelText('Member'));
    fireEvent.change(screen.getByTestId('filter-tags-any-input'), { target: { value: 'волонтер' } });
    fireEvent.click(screen.getByTestId('filter-tags-any-add'));

    await waitFor(() => expect(screen.getByTestId('filter-preview-count').textContent).toBe('42 contacts match'));
    fireEvent.change(screen.getByTestId('group-name'), { target: { value: 'Волонтери' } });
    await waitFor(() => expect((screen.getByTestId('group-owner') as HTMLSelectElement).value).toBe('3f2b8a2e-1c4d-4e5f-9a6b-7c8d9e0f1a2b'));
    fireEvent.click(screen.getByTestId('group-save'));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/groups/g1'));
    expect(created).toHaveBeenCalled();
  });

  it('checks the criteria as they are typed, says so instead of counting, and does not save', async () => {
    const asked = vi.fn(() => true);
    renderWithProviders(<NewGroupPage />, {
      route: '/groups/new',
      path: '/groups/new',
      mocks: [
        owners,
        { request: { query: PreviewContactFilterDocument, variables: () => true }, result: preview(5), maxUsageCount: 10 },
        { request: { query: CreateContactGroupDocument, variables: asked }, result: { data: { createContactGroup: { __typename: 'ContactGroup', id: 'g1' } } } },
      ],
    });
    await screen.findByText('5 contacts match');
    fireEvent.change(screen.getByTestId('filter-age-min'), { target: { value: '40' } });
    fireEvent.change(screen.getByTestId('filter-age-max'), { target: { value: '30' } });

    expect(screen.getByTestId('filter-preview-count').textContent).toBe('Correct the highlighted criteria to see the count.');
    expect(screen.getByText('The end of the range comes before its start.')).toBeTruthy();
    expect(screen.getByTestId('filter-age-max').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByTestId('group-save'));
    expect(asked).not.toHaveBeenCalled();
  });

  it('shows the API field errors beside their fields, in the chosen language', async () => {
    renderWithProviders(
      <>
        <LanguageSwitch />
        <NewGroupPage />
      </>,
      {
        route: '/groups/new?kind=static',
        path: '/groups/new',
        mocks: [
          owners,
          {
            request: { query: CreateContactGroupDocument, variables: () => true },
            result: { errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', i18nKey: 'errors:validationFailed', params: { count: 1 }, fieldErrors: [{ field: 'name', i18nKey: 'errors:fieldRequired', params: {} }] } }] },
          },
        ],
      },
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('New static group');
    expect(screen.queryByTestId('filter-builder')).toBeNull();
    await waitFor(() => expect((screen.getByTestId('group-owner') as HTMLSelectElement).value).toBe('3f2b8a2e-1c4d-4e5f-9a6b-7c8d9e0f1a2b'));
    fireEvent.click(screen.getByTestId('group-save'));
    expect(await screen.findByText('This field is required.')).toBeTruthy();

    fireEvent.click(screen.getByTestId('lang-switch-uk'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Нова статична група'));
    expect(screen.getByTestId('group-name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Це поле обов’язкове.')).toBeTruthy();
  });
});

describe('editing a group', () => {
  it('starts from the saved criteria and saves over the version it read', async () => {
    const saved = {
      __typename: 'ContactFilter', version: 1, unitIds: [kyiv.id], units: [kyiv], membershipTypes: [], membershipStatuses: ['MEMBER'], contactTypes: ['DONOR'],
      tagsAny: ['волонтер'], tagsAll: [], genders: [], ageMin: null, ageMax: null, inArrears: null, arrearsAtLeastKopiyky: null, createdFrom: null,
      createdTo: null, hasPhone: null, hasEmail: null, hasConsent: null,
    };
    const updated = vi.fn(() => true);
    renderWithProviders(<EditGroupPage />, {
      route: '/groups/g1/edit',
      path: '/groups/:id/edit',
      mocks: [
        {
          request: { query: ContactGroupForEditDocument, variables: { id: 'g1' } },
          result: { data: { contactGroup: { __typename: 'ContactGroup', id: 'g1', name: 'Донори', description: null, kind: 'SMART', version: 4, viewerCanWrite: true, filter: saved } } },
        },
        { request: { query: PreviewContactFilterDocument, variables: () => true }, result: preview(7), maxUsageCount: 10 },
        {
          request: {
            query: UpdateContactGroupDocument,
            variables: (v: Vars & { id?: string; version?: number }) =>
              updated() && v.id === 'g1' && v.version === 4 && v.input?.name === 'Донори 2026' && JSON.stringify((v.input?.filter as Record<string, unknown>).contactTypes) === '["DONOR"]',
          },
          result: { data: { updateContactGroup: { __typename: 'ContactGroup', id: 'g1', version: 5, name: 'Донори 2026', description: null, filter: saved } } },
        },
      ],
    });
    expect((await screen.findByTestId('group-name') as HTMLInputElement).value).toBe('Донори');
    expect(screen.getByTestId('filter-unit-chip').textContent).toContain('Kyiv Region');
    expect((within(screen.getByTestId('filter-statuses')).getByLabelText('Member') as HTMLInputElement).checked).toBe(true);
    // The folded criteria open by themselves when one of them is set.
    expect((screen.getByTestId('filter-more') as HTMLDetailsElement).open).toBe(true);
    expect(screen.queryByTestId('group-owner')).toBeNull();
    expect(await screen.findByText('7 contacts match')).toBeTruthy();

    fireEvent.change(screen.getByTestId('group-name'), { target: { value: 'Донори 2026' } });
    fireEvent.click(screen.getByTestId('group-save'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/groups/g1'));
    expect(updated).toHaveBeenCalled();
  });
});
