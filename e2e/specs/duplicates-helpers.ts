import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, navigate, search } from './helpers';

/**
 * Steps of the duplicates journey, shared by specs: the import test can make the duplicate
 * with its XLSX step instead of `createDuplicate`, then run `findMergeAndUndo`.
 */

/** One person as two records: a Cyrillic and a Latin spelling, one phone, one birth date. */
export interface DuplicatePerson {
  lastNameUk: string;
  lastNameEn: string;
  phone: string;
  email: string;
  birthDate: string;
}

const LETTERS: [string, string][] = [['б', 'b'], ['д', 'd'], ['к', 'k'], ['л', 'l'], ['м', 'm'], ['н', 'n'], ['п', 'p'], ['р', 'r'], ['с', 's'], ['т', 't']];
const VOWELS: [string, string][] = [['а', 'a'], ['о', 'o'], ['у', 'u']];

/** A surname nobody else has, in both alphabets, so parallel runs never meet. */
export function newPerson(): DuplicatePerson {
  let uk = '';
  let en = '';
  for (let i = 0; i < 3; i += 1) {
    const [cu, cl] = LETTERS[Math.floor(Math.random() * LETTERS.length)];
    const [vu, vl] = VOWELS[Math.floor(Math.random() * VOWELS.length)];
    uk += cu + vu;
    en += cl + vl;
  }
  const digits = String(Math.floor(1_000_000 + Math.random() * 8_999_999));
  return {
    lastNameUk: `${uk[0].toUpperCase()}${uk.slice(1)}енко`,
    lastNameEn: `${en[0].toUpperCase()}${en.slice(1)}enko`,
    phone: `+38067${digits}`,
    email: `${en}${digits}@example.org`,
    birthDate: '1987-04-12',
  };
}

async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { headers: { 'x-hromada-csrf': '1' }, data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** What `createContact` accepts: the API's ContactInput. */
export type ContactInput = Record<string, unknown> & { lastName: string; firstName: string };

/** Adds a contact to the viewer's first unit through the API, as if typed in earlier; returns its id. */
export async function createContact(page: Page, input: ContactInput): Promise<string> {
  const me = await gql<{ me: { roles: { orgUnit: { id: string } }[] } }>(page, '{ me { roles { orgUnit { id } } } }');
  const unit = me.me.roles[0].orgUnit.id;
  const create = `mutation($unit: ID!, $input: ContactInput!) { createContact(orgUnitId: $unit, input: $input, allowDuplicate: true) { contact { id } } }`;
  const created = await gql<{ createContact: { contact: { id: string } } }>(page, create, { unit, input });
  return created.createContact.contact.id;
}

/** Adds the person twice to the viewer's first unit, as someone typing them in again would. */
export async function createDuplicate(page: Page, person: DuplicatePerson): Promise<void> {
  await createContact(page, { lastName: person.lastNameUk, firstName: 'Олена', birthDate: person.birthDate, phones: [person.phone], addressSettlement: 'Буча' });
  await createContact(page, { lastName: person.lastNameEn, firstName: 'Olena', birthDate: person.birthDate, phones: [person.phone], emails: [person.email] });
}

/** Opens the duplicates page from the main navigation (behind the menu on phones). */
export async function openDuplicates(page: Page): Promise<void> {
  const link = page.getByTestId('nav-duplicates');
  await link.waitFor({ state: 'attached' });
  if (!(await link.isVisible())) await page.getByTestId('nav-menu-button').click();
  await link.click();
}

/** On the duplicates page: scans the viewer's unit and waits for the result. */
export async function scanDuplicates(page: Page): Promise<void> {
  await page.getByTestId('scan-start').click();
  await expect(page.getByTestId('task-progress')).toBeVisible();
  await expect(page.getByTestId('scan-result')).toBeVisible({ timeout: 30_000 });
}

/**
 * The open pair of these two names. Pairs come likeliest first, a page at a time: where
 * other pairs of the unit outrank it, the list is shown further until it appears.
 */
export async function findPair(page: Page, nameA: string, nameB: string): Promise<Locator> {
  const pair = page.getByTestId('pair').filter({ hasText: nameA }).filter({ hasText: nameB });
  const more = page.getByTestId('pairs-show-more');
  for (let pages = 1; pages < 10; pages += 1) {
    await expect(pair.or(more).first()).toBeVisible();
    if (await pair.isVisible()) return pair;
    const before = await page.getByTestId('pair').count();
    await more.click();
    await expect.poll(() => page.getByTestId('pair').count()).toBeGreaterThan(before);
  }
  await expect(pair).toBeVisible();
  return pair;
}

/** What the pages say, in the language the test runs in. */
export interface Words {
  heading: string;
  merge: RegExp;
  merged: string;
  undone: string;
  undo: string;
}

/** From the duplicates page: scan, compare the person's pair, merge taking the Latin first name, check, undo. */
export async function findMergeAndUndo(page: Page, person: DuplicatePerson, words: Words): Promise<void> {
  await openDuplicates(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.heading);
  await scanDuplicates(page);
  await expectNoHorizontalScroll(page);

  const pair = await findPair(page, person.lastNameUk, person.lastNameEn);
  await expect(pair.getByTestId('pair-rule')).toHaveCount(2);
  await pair.getByTestId('pair-compare').click();

  // Keep the Cyrillic record, but take the first name as the Latin one spells it.
  await page.locator('.merge-record', { hasText: person.lastNameUk }).getByRole('radio').check();
  await page.locator('[data-testid="merge-field-firstName"] .merge-option', { hasText: 'Olena' }).getByRole('radio').check();
  await expect(page.getByTestId('merge-item-emails')).toBeChecked();
  await expectNoHorizontalScroll(page);
  await expect(page.getByTestId('merge-submit')).toHaveText(words.merge);
  await page.getByTestId('merge-submit').click();

  const done = page.getByTestId('merge-done');
  await expect(done).toContainText(words.merged);
  const record = page.getByTestId('merged-record');
  await expect(record).toContainText(`${person.lastNameUk} Olena`);
  await expect(record).toContainText(person.phone);
  await expect(record).toContainText(person.email);
  await expectNoHorizontalScroll(page);
  await page.getByTestId('open-survivor').click();
  await expect(page.getByTestId('contact-name')).toHaveText(`${person.lastNameUk} Olena`);

  await openDuplicates(page);
  const merge = page.getByTestId('merge-row').filter({ hasText: person.lastNameEn });
  await merge.getByTestId('merge-row-undo').click();
  await expect(page.getByTestId('merges-notice')).toContainText(words.undone);
  await expect(merge.getByTestId('merge-row-blocked')).toContainText(words.undo);
  await expect(page.getByTestId('pair').filter({ hasText: person.lastNameEn })).toHaveCount(1);
  await expectNoHorizontalScroll(page);

  await navigate(page, 'nav-contacts');
  await search(page, person.phone.slice(4));
  await expect(page.getByTestId('contacts-row')).toHaveCount(2);
  await expect(page.getByTestId('contacts-row').filter({ hasText: `${person.lastNameUk} Олена` })).toHaveCount(1);
  await expect(page.getByTestId('contacts-row').filter({ hasText: `${person.lastNameEn} Olena` })).toHaveCount(1);
}
