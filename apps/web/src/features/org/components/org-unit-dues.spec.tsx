import { screen, within } from '@testing-library/react';
import { calendarDateIn } from '@hromada/shared';
import { describe, expect, it } from 'vitest';
import { OrgUnitDuesDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { OrgUnitDues } from './org-unit-dues';

const NBSP = '\u00a0';
const thisMonth = calendarDateIn(Intl.DateTimeFormat().resolvedOptions().timeZone).slice(0, 7);
const variables = { id: 'r1', from: `${thisMonth.slice(0, 4)}-01`, to: thisMonth };
const figures = (charged: number, paid: number, arrears: number, owing: number) => ({
  __typename: 'OrgUnitDues',
  chargedKopiyky: charged,
  paidKopiyky: paid,
  contributionsKopiyky: 0,
  arrearsKopiyky: arrears,
  membersInArrears: owing,
});
const region = {
  __typename: 'OrgUnit',
  id: 'r1',
  nameUk: 'Київська область',
  nameEn: 'Kyiv Oblast',
  dues: figures(1_500_000, 1_200_000, 300_000, 12),
  children: [
    { __typename: 'OrgUnit', id: 'd1', nameUk: 'Бучанський район', nameEn: 'Bucha Raion', dues: figures(1_000_000, 900_000, 100_000, 4) },
    { __typename: 'OrgUnit', id: 'd2', nameUk: 'Броварський район', nameEn: 'Brovary Raion', dues: figures(500_000, 300_000, 200_000, 8) },
  ],
};

describe('OrgUnitDues', () => {
  it('shows the unit’s totals and each unit inside it, this year so far, in the UI language', async () => {
    renderWithProviders(<OrgUnitDues unitId="r1" />, { lng: 'uk', mocks: [{ request: { query: OrgUnitDuesDocument, variables }, result: { data: { orgUnit: region } } }] });
    const unit = await screen.findByTestId('org-dues-unit');
    expect(unit.textContent).toContain(`15${NBSP}000,00`);
    expect(unit.querySelector('.rollup-table__owing')?.textContent).toBe(`3${NBSP}000,00${NBSP}₴`);
    const children = screen.getAllByTestId('org-dues-child');
    expect(children.map((c) => within(c).getByRole('link').textContent)).toEqual(['Бучанський район', 'Броварський район']);
    expect(within(children[1]).getByRole('link').getAttribute('href')).toBe('/org/d2');
    expect(children[1].textContent).toContain('8');
  });

  it('shows nothing to a viewer without dues scope', async () => {
    const { container } = renderWithProviders(<OrgUnitDues unitId="r1" />, {
      mocks: [{ request: { query: OrgUnitDuesDocument, variables }, result: { data: { orgUnit: { ...region, dues: null, children: [] } } } }],
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.querySelector('[data-testid="org-unit-dues"]')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
