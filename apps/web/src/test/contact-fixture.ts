import type { ContactRecordFragment } from '../gql/graphql';

/** A full contact record as the Contact query returns it, for web tests. */
export function contactRecord(overrides: Partial<ContactRecordFragment> = {}): ContactRecordFragment {
  return {
    __typename: 'Contact',
    id: 'c1',
    firstName: 'Тарас',
    lastName: 'Шевченко',
    patronymic: 'Григорович',
    displayName: 'Шевченко Тарас Григорович',
    phones: ['+380671234567'],
    emails: ['taras@example.org'],
    gender: 'MALE',
    birthDate: '1990-02-25',
    addressRegion: 'Київська',
    addressSettlement: 'Буча',
    addressStreet: 'вул. Вокзальна, 1',
    tags: ['волонтер'],
    notes: null,
    source: 'Збори 2025',
    consentAt: '2025-03-03T12:05:00Z',
    consentVersion: '2026-11',
    contactType: 'MEMBER',
    membershipType: 'MEMBER',
    membershipStatus: 'MEMBER',
    membershipSince: '2024-05-01',
    cardNumber: 'UA-0001',
    version: 3,
    createdAt: '2025-03-03T12:05:00Z',
    updatedAt: '2025-03-04T08:00:00Z',
    viewerCanWrite: true,
    orgUnit: { __typename: 'OrgUnit', id: 'b1', nameUk: 'Осередок Бровари', nameEn: 'Brovary branch', kind: 'BRANCH' },
    region: { __typename: 'OrgUnit', id: 'r1', nameUk: 'Київська область', nameEn: 'Kyiv Region' },
    ...overrides,
  };
}
