import type { Gender, MembershipStatus, Reach, Role } from '@hromada/shared';
import { HQ_CODE } from './org-codes';
import { stableUuid } from './uuid';

/** The password of every demo account. */
export const DEMO_PASSWORD = 'hromada-demo';

/** Kyiv Oblast: the regional manager's region. */
export const DEMO_REGION_CODE = 'UA-32';

/** "Осередок м. Буча", the first branch of Bucha Raion: the branch head's and the member's branch. */
export const DEMO_BRANCH_CODE = 'UA-32-01-001';

/** The first branch of Lviv Raion ("Осередок м. Львів"): outside everything the Kyiv accounts see. */
export const DEMO_OTHER_REGION_BRANCH_CODE = 'UA-46-01-001';

/** A contact that is always in the demo data, with the same id in every seeded database. */
export interface DemoContact {
  key: string;
  id: string;
  unitCode: string;
  lastName: string;
  firstName: string;
  patronymic: string | null;
  phone: string | null;
  email: string | null;
  gender: Gender;
  /** A membership status the demo relies on; otherwise one is drawn like everyone's. */
  membership?: MembershipStatus;
}

export interface DemoAccount {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  reach: Reach;
  unitCode: string;
  /** One line for the start-up banner. */
  description: string;
  /** The person behind the account, in the account's unit; `app_user.contact_id` points to it. */
  contact: DemoContact;
}

function demoContact(
  key: string,
  unitCode: string,
  person: { name: [last: string, first: string, patronymic: string | null]; gender: Gender; membership?: MembershipStatus },
  phone: string | null,
  email: string | null,
): DemoContact {
  const [lastName, firstName, patronymic] = person.name;
  return { key, id: stableUuid(`contact:demo:${key}`), unitCode, lastName, firstName, patronymic, phone, email, gender: person.gender, membership: person.membership };
}

function demoAccount(
  email: string,
  access: { role: Role; reach: Reach; unitCode: string; description: string },
  person: { name: [last: string, first: string, patronymic: string]; gender: Gender; membership?: MembershipStatus },
  phone: string,
): DemoAccount {
  const contact = demoContact(email.split('@')[0], access.unitCode, person, phone, email);
  return { id: stableUuid(`app_user:${email}`), email, displayName: `${person.name[1]} ${person.name[0]}`, ...access, contact };
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  demoAccount(
    'admin@example.org',
    { role: 'admin', reach: 'SUBTREE', unitCode: HQ_CODE, description: 'administrator, the whole organization' },
    { name: ['Ковальчук', 'Олександр', 'Петрович'], gender: 'male' },
    '+380671000001',
  ),
  demoAccount(
    'national@example.org',
    { role: 'manager', reach: 'SUBTREE', unitCode: HQ_CODE, description: 'national manager, the whole organization' },
    { name: ['Гнатюк', 'Ірина', 'Василівна'], gender: 'female' },
    '+380501000002',
  ),
  demoAccount(
    'region@example.org',
    { role: 'manager', reach: 'SUBTREE', unitCode: DEMO_REGION_CODE, description: 'regional manager, Kyiv Oblast and everything under it' },
    { name: ['Мельник', 'Андрій', 'Миколайович'], gender: 'male' },
    '+380631000003',
  ),
  demoAccount(
    'branch@example.org',
    { role: 'branch_head', reach: 'UNIT', unitCode: DEMO_BRANCH_CODE, description: 'branch head, the Bucha branch in Kyiv Oblast' },
    { name: ['Бондаренко', 'Олена', 'Іванівна'], gender: 'female' },
    '+380971000004',
  ),
  demoAccount(
    'member@example.org',
    { role: 'member', reach: 'UNIT', unitCode: DEMO_BRANCH_CODE, description: 'member of the Bucha branch, their own record' },
    { name: ['Ткачук', 'Богдан', 'Ярославович'], gender: 'male', membership: 'member' },
    '+380661000005',
  ),
];

/**
 * Contacts end-to-end tests rely on: a Cyrillic and a Latin "Shevchenko" in the demo
 * branch (search across scripts), and a namesake in Lviv that the branch's accounts must
 * never see.
 */
export const DEMO_FIXTURE_CONTACTS: readonly DemoContact[] = [
  demoContact('taras-shevchenko', DEMO_BRANCH_CODE, { name: ['Шевченко', 'Тарас', 'Григорович'], gender: 'male' }, '+380671234567', 'taras.shevchenko@ukr.net'),
  demoContact('andrew-shevchenko', DEMO_BRANCH_CODE, { name: ['Shevchenko', 'Andrew', null], gender: 'male' }, '+380501112233', null),
  demoContact('mariia-shevchenko-lviv', DEMO_OTHER_REGION_BRANCH_CODE, { name: ['Шевченко', 'Марія', null], gender: 'female' }, '+380632223344', null),
];
