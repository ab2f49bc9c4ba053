import type { GqlRequest } from './bench-http';
import type { DatasetFacts } from './bench-setup';

export type RoleKey = 'branch' | 'region' | 'national';

/** The demo accounts the bench signs in as (sessions inserted directly). */
export const ROLE_ACCOUNTS: Readonly<Record<RoleKey, { email: string; label: string }>> = {
  branch: { email: 'branch@example.org', label: 'branch head' },
  region: { email: 'region@example.org', label: 'region manager' },
  national: { email: 'national@example.org', label: 'national manager' },
};

export const ROLES: readonly RoleKey[] = ['branch', 'region', 'national'];

/** What the contacts list screen asks for. */
export const CONTACTS_QUERY = `query BenchContacts($first: Int, $search: String) {
  contacts(first: $first, search: $search) {
    totalCount
    totalCountCapped
    pageInfo { hasNextPage endCursor }
    edges { node { id displayName phone email orgUnit { name } region { name } } }
  }
}`;

/** What the org tree screen asks for when a unit is opened. */
export const ORG_UNIT_QUERY = `query BenchOrgUnit($id: ID!) {
  orgUnit(id: $id) {
    id
    name
    contactCount
    children { id name kind childCount contactCount }
  }
}`;

export type SearchKind = 'rare' | 'common' | 'latin' | 'phone';

/**
 * Fragments people type, rotated within a row so one cached value cannot flatter it.
 * rare: stems of tail-tier surnames (about 0.1% of contacts each); common: endings that a
 * large share of Ukrainian surnames and patronymics carry; latin: transliterated stems of
 * frequent surnames; phone: operator code plus the first digits of a number.
 */
export const SEARCH_FRAGMENTS: Readonly<Record<SearchKind, readonly string[]>> = {
  rare: ['Чорнов', 'Кармел', 'Мазеп', 'Залізн', 'Кобилян'],
  common: ['енко', 'чук', 'івна', 'ович', 'олен'],
  latin: ['shevch', 'koval', 'bondar', 'tkach', 'melnyk'],
  phone: ['067 12', '050 34', '097 45', '063 78', '066 91'],
};

export const SEARCH_LABELS: Readonly<Record<SearchKind, string>> = {
  rare: 'search, rare fragment',
  common: 'search, common fragment',
  latin: 'search, Latin fragment',
  phone: 'search, phone fragment',
};

export type RowKind = 'floor' | 'list' | 'search' | 'drill';

/** One latency row: requests of one kind by one role, rotating over `variants`. */
export interface Scenario {
  kind: RowKind;
  search?: SearchKind;
  role: RoleKey;
  label: string;
  /** Shown under the label: the fragments or units rotated over. */
  detail: string;
  variants: GqlRequest[];
}

export function buildScenarios(facts: DatasetFacts, tokens: ReadonlyMap<string, string>): Scenario[] {
  const token = (role: RoleKey): string => {
    const t = tokens.get(ROLE_ACCOUNTS[role].email);
    if (!t) throw new Error(`no session for ${ROLE_ACCOUNTS[role].email}`);
    return t;
  };
  const scenarios: Scenario[] = [
    {
      // What HTTP + Express + Apollo cost before any SQL: no session, no resolver work.
      kind: 'floor',
      role: 'national',
      label: 'floor: `{ __typename }`, anonymous, no SQL',
      detail: '{ __typename }',
      variants: [{ query: '{ __typename }', variables: {}, token: '' }],
    },
  ];
  for (const role of ROLES) {
    scenarios.push({
      kind: 'list',
      role,
      label: 'contacts, first page (25)',
      detail: 'first: 25',
      variants: [{ query: CONTACTS_QUERY, variables: { first: 25 }, token: token(role) }],
    });
  }
  for (const search of Object.keys(SEARCH_FRAGMENTS) as SearchKind[]) {
    for (const role of ROLES) {
      scenarios.push({
        kind: 'search',
        search,
        role,
        label: SEARCH_LABELS[search],
        detail: SEARCH_FRAGMENTS[search].map((f) => `"${f}"`).join(', '),
        variants: SEARCH_FRAGMENTS[search].map((fragment) => ({ query: CONTACTS_QUERY, variables: { first: 25, search: fragment }, token: token(role) })),
      });
    }
  }
  scenarios.push({
    kind: 'drill',
    role: 'national',
    label: 'drill-down: HQ, its regions with counts',
    detail: 'orgUnit(HQ) { children { childCount contactCount } }',
    variants: [{ query: ORG_UNIT_QUERY, variables: { id: facts.hqId }, token: token('national') }],
  });
  scenarios.push({
    kind: 'drill',
    role: 'region',
    label: 'drill-down: region, its districts with counts',
    detail: 'orgUnit(UA-32) { children { childCount contactCount } }',
    variants: [{ query: ORG_UNIT_QUERY, variables: { id: facts.regionId }, token: token('region') }],
  });
  scenarios.push({
    kind: 'drill',
    role: 'region',
    label: 'drill-down: district, its branches with counts',
    detail: `${facts.districtIds.length} districts of UA-32 in turn`,
    variants: facts.districtIds.map((id) => ({ query: ORG_UNIT_QUERY, variables: { id }, token: token('region') })),
  });
  return scenarios;
}

/** The mixed load of the throughput run: first pages of the list, every role in turn. */
export function loadRequests(tokens: ReadonlyMap<string, string>): GqlRequest[] {
  return ROLES.map((role) => ({ query: CONTACTS_QUERY, variables: { first: 25 }, token: tokens.get(ROLE_ACCOUNTS[role].email) ?? '' }));
}

/** Matches reported by a contacts response, for the "hits" column. */
export function hitsOf(data: Record<string, unknown>): { count: number; capped: boolean } | null {
  const contacts = data.contacts as { totalCount?: number; totalCountCapped?: boolean } | undefined;
  if (!contacts || typeof contacts.totalCount !== 'number') return null;
  return { count: contacts.totalCount, capped: contacts.totalCountCapped === true };
}
