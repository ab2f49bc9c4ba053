import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, navigate, search, signIn } from './helpers';

/** Every screen in Ukrainian (the default for a Ukrainian browser), at both widths. */
test.use({ locale: 'uk-UA' });

test('sign-in, home, organization, contacts and a contact record read in Ukrainian', async ({ page }) => {
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByTestId('login-submit')).toHaveText('Увійти');
  await expectNoHorizontalScroll(page);

  await signIn(page, 'branch');
  await expect(page.getByRole('heading', { name: 'Мої підрозділи' })).toBeVisible();
  await expect(page.getByTestId('home-unit-card')).toContainText('Буча');
  await expectNoHorizontalScroll(page);

  await navigate(page, 'nav-org');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Організація');
  await page.getByTestId('org-child').first().click();
  await expect(page.getByTestId('org-unit-contact-count')).toContainText('контакт');
  await expect(page.getByTestId('breadcrumbs')).toContainText('Київська область');
  await expectNoHorizontalScroll(page);

  await navigate(page, 'nav-contacts');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Контакти');
  await search(page, 'Шевч');
  const row = page.getByTestId('contacts-row').filter({ hasText: 'Шевченко Тарас' });
  await row.getByRole('link').first().click();
  await expect(page.getByTestId('contact-name')).toHaveText(/Шевченко Тарас Григорович/);
  await expect(page.getByText('Прізвище')).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto('/contacts/00000000-0000-0000-0000-000000000000');
  await expect(page.getByTestId('not-found')).toBeVisible();
  await expect(page.getByTestId('not-found')).not.toContainText(/[A-Za-z]{4,}/);
});
