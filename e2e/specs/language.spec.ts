import { expect, test } from '@playwright/test';
import { DEMO_TOTAL, navigate, signIn } from './helpers';

test.use({ locale: 'en-GB' });

test('switches between English and Ukrainian at any moment and remembers it', async ({ page }) => {
  await signIn(page, 'national');
  await navigate(page, 'nav-org');
  await page.getByTestId('org-child').first().click();
  await expect(page.getByTestId('org-unit-contact-count')).toContainText(DEMO_TOTAL);

  await page.getByTestId('lang-switch-uk').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByTestId('org-unit-contact-count')).toContainText(DEMO_TOTAL);
  await expect(page.getByTestId('org-child').filter({ hasText: 'Київська область' })).toHaveCount(1);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await navigate(page, 'nav-contacts');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Контакти');
  await expect(page).toHaveTitle(/Громада/);

  await page.getByTestId('lang-switch-en').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');
  await expect(page).toHaveTitle(/Hromada/);
});

test('errors are shown in the chosen language', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('lang-switch-uk').click();
  await page.getByTestId('login-email').fill('branch@example.org');
  await page.getByTestId('login-password').fill('wrong-password');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toHaveText(/[а-яіїєґ]/i);
});
