import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { calendarDateIn } from '@hromada/shared';
import { OrgUnitDocument, OrgUnitDuesDocument, RootOrgUnitsDocument } from '../../gql/graphql';
import { LanguageSwitch } from '../../lib/components/language-switch';
import { renderWithProviders } from '../../test/render-with-providers';
import { OrgRootPage } from './org-root-page';
import { OrgUnitPage } from './org-unit-page';

const hq = { __typename: 'OrgUnit', id: 'hq', nameUk: 'Центральний офіс', nameEn: 'Headquarters', kind: 'HQ', depth: 0 };
const region = { __typename: 'OrgUnit', id: 'r1', nameUk: 'Київська область', nameEn: 'Kyiv Region', kind: 'REGION', depth: 1 };
const district = {
  __typename: 'OrgUnit',
  id: 'd1',
  nameUk: 'Броварський район',
  nameEn: 'Brovary District',
  kind: 'DISTRICT',
  depth: 2,
  contactCount: 12345,
  childCount: 2,
  ancestors: [region, hq], // order from the API is not relied upon
  children: [
    { __typename: 'OrgUnit', id: 'b1', nameUk: 'Осередок Бровари', nameEn: 'Brovary', kind: 'BRANCH', childCount: 0, contactCount: 1 },
    { __typename: 'OrgUnit', id: 'b2', nameUk: 'Осередок Калинівка', nameEn: 'Kalynivka', kind: 'BRANCH', childCount: 0, contactCount: 204 },
  ],
};

/** The dues roll-up under the page (its own query): this viewer has no dues scope. */
const thisMonth = calendarDateIn(Intl.DateTimeFormat().resolvedOptions().timeZone).slice(0, 7);
const noDues = {
  request: { query: OrgUnitDuesDocument, variables: { id: 'd1', from: `${thisMonth.slice(0, 4)}-01`, to: thisMonth } },
  result: { data: { orgUnit: { __typename: 'OrgUnit', id: 'd1', nameUk: district.nameUk, nameEn: district.nameEn, dues: null, children: [] } } },
};

describe('OrgUnitPage', () => {
  it('shows breadcrumbs, the header with the subtree count, and the children', async () => {
    renderWithProviders(<OrgUnitPage />, {
      route: '/org/d1',
      path: '/org/:id',
      mocks: [{ request: { query: OrgUnitDocument, variables: { id: 'd1' } }, result: { data: { orgUnit: district } } }, noDues],
    });

    expect((await screen.findByTestId('org-unit-title')).textContent).toBe('Brovary District');
    expect(screen.getByTestId('org-unit-contact-count').textContent).toBe('12,345 contacts in this unit and all units inside it');
    expect(screen.getByTestId('view-contacts').getAttribute('href')).toBe('/contacts?unit=d1');

    const crumbs = within(screen.getByTestId('breadcrumbs'));
    expect(crumbs.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['All units', '/org'],
      ['Headquarters', '/org/hq'],
      ['Kyiv Region', '/org/r1'],
    ]);

    const children = screen.getAllByTestId('org-child');
    expect(children).toHaveLength(2);
    expect(within(children[0]).getByRole('link').getAttribute('href')).toBe('/org/b1');
    expect(children[0].textContent).toContain('Branch');
    expect(children[0].textContent).toContain('1 contact');
    expect(children[1].textContent).toContain('204 contacts');
    expect(document.title).toBe('Brovary District · Hromada');
  });

  it('uses the Ukrainian names and plurals after switching language, without refetching', async () => {
    renderWithProviders(
      <>
        <LanguageSwitch />
        <OrgUnitPage />
      </>,
      {
        route: '/org/d1',
        path: '/org/:id',
        mocks: [{ request: { query: OrgUnitDocument, variables: { id: 'd1' } }, result: { data: { orgUnit: district } }, maxUsageCount: 1 }, noDues],
      },
    );
    await screen.findByTestId('org-unit-title');
    fireEvent.click(screen.getByTestId('lang-switch-uk'));
    await waitFor(() => expect(screen.getByTestId('org-unit-title').textContent).toBe('Броварський район'));
    expect(screen.getByTestId('org-unit-contact-count').textContent).toBe(
      '12\u00a0345 контактів у цьому підрозділі та всіх підпорядкованих',
    );
    expect(screen.getAllByTestId('org-child')[1].textContent).toContain('204 контакти');
  });

  it('shows "not found" for an unknown or out-of-scope unit', async () => {
    renderWithProviders(<OrgUnitPage />, {
      route: '/org/nope',
      path: '/org/:id',
      mocks: [{ request: { query: OrgUnitDocument, variables: { id: 'nope' } }, result: { data: { orgUnit: null } } }],
    });
    expect((await screen.findByTestId('not-found')).textContent).toContain('Unit not found');
  });
});

describe('OrgRootPage', () => {
  it('lists the root units', async () => {
    renderWithProviders(<OrgRootPage />, {
      route: '/org',
      mocks: [
        {
          request: { query: RootOrgUnitsDocument },
          result: { data: { rootOrgUnits: [{ ...hq, childCount: 25, contactCount: 1000000 }] } },
        },
      ],
    });
    const [item] = await screen.findAllByTestId('org-child');
    expect(item.textContent).toContain('Headquarters');
    expect(item.textContent).toContain('25 units inside');
    expect(item.textContent).toContain('1,000,000 contacts');
  });

  it('says so when no units are available', async () => {
    renderWithProviders(<OrgRootPage />, {
      route: '/org',
      mocks: [{ request: { query: RootOrgUnitsDocument }, result: { data: { rootOrgUnits: [] } } }],
    });
    expect(await screen.findByText('No units are available to you yet.')).toBeTruthy();
  });
});
