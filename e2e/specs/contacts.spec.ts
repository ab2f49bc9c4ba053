import { expect, test } from '@playwright/test';
import { DEMO_TOTAL, expectNoHorizontalScroll, navigate, search, signIn } from './helpers';

test.use({ locale: 'en-GB' });

test('a branch head finds people by Latin or Cyrillic fragments, phone and e-mail', async ({ page }) => {
  await signIn(page, 'branch');
  await navigate(page, 'nav-contacts');
  await expect(page.getByTestId('contacts-total')).toContainText(/\d+ contacts/);
  const rows = page.getByTestId('contacts-row');

  await search(page, 'shevch');
  await expect(rows.filter({ hasText: 'Шевченко Тарас Григорович' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Марія' })).toHaveCount(0);

  await search(page, 'Шевч');
  await expect(rows.filter({ hasText: 'Shevchenko Andrew' })).toHaveCount(1);

  await search(page, '067 123 45 67');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Шевченко Тарас');

  await search(page, 'taras.shevchenko@');
  await expect(rows).toHaveCount(1);
  await expectNoHorizontalScroll(page);

  await rows.first().getByRole('link').first().click();
  await expect(page.getByTestId('contact-name')).toHaveText(/Шевченко Тарас Григорович/);
  await expect(page.locator('a[href="tel:+380671234567"]')).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test('a short search shows a hint instead of querying', async ({ page }) => {
  await signIn(page, 'branch');
  await navigate(page, 'nav-contacts');
  await page.getByTestId('contacts-search').fill('Ш');
  await expect(page.getByTestId('contacts-search-hint')).toBeVisible();
});

test('a national manager searches the whole organization and pages on', async ({ page }) => {
  await signIn(page, 'national');
  await navigate(page, 'nav-contacts');
  await expect(page.getByTestId('contacts-total')).toContainText(DEMO_TOTAL);
  await expect(page.getByTestId('contacts-row')).toHaveCount(25);
  await page.getByTestId('contacts-show-more').click();
  await expect(page.getByTestId('contacts-row')).toHaveCount(50);

  await search(page, 'Шевченко Мар');
  await expect(page.getByTestId('contacts-row').filter({ hasText: 'Шевченко Марія' }).first()).toBeVisible();

  await search(page, 'енко');
  await expect(page.getByTestId('contacts-total')).toContainText('More than 10,000');
});

test('a member sees only their own record', async ({ page }) => {
  await signIn(page, 'member');
  await navigate(page, 'nav-contacts');
  await expect(page.getByTestId('contacts-total')).toHaveText(/^\s*1 contact\s*$/);
  await expect(page.getByTestId('contacts-row')).toHaveCount(1);
  await expect(page.getByTestId('contacts-row')).toContainText('Ткачук Богдан');
});

test('a contact out of scope looks exactly like a missing one', async ({ page, browser }) => {
  const national = await browser.newPage({ locale: 'en-GB' });
  await signIn(national, 'national');
  await national.goto('/contacts?q=' + encodeURIComponent('Шевченко Марія'));
  await national.getByTestId('contacts-row').filter({ hasText: 'Шевченко Марія' }).first().getByRole('link').first().click();
  await expect(national.getByTestId('contact-name')).toBeVisible();
  const hidden = new URL(national.url()).pathname;
  await national.close();

  await signIn(page, 'branch');
  await page.goto(hidden);
  await expect(page.getByTestId('not-found')).toBeVisible();
  await page.goto('/contacts/00000000-0000-0000-0000-000000000000');
  await expect(page.getByTestId('not-found')).toBeVisible();
});
