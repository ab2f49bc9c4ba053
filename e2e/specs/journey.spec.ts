import { expect, test } from '@playwright/test';
import { ACCOUNTS, navigate, search, signIn, signOut, type AccountKey } from './helpers';

test.use({ locale: 'en-GB' });

/** What every demo account can do end to end: drill down, search, switch language, sign out. */
for (const account of Object.keys(ACCOUNTS) as AccountKey[]) {
  test(`${account}: drill down, search, switch language, sign out`, async ({ page }) => {
    await signIn(page, account);

    await navigate(page, 'nav-org');
    await page.getByTestId('org-child').first().click();
    await expect(page.getByTestId('org-unit-title')).toBeVisible();
    await expect(page.getByTestId('org-unit-contact-count')).toContainText(/\d/);
    await expect(page.getByTestId('breadcrumbs')).toBeVisible();

    await navigate(page, 'nav-contacts');
    await expect(page.getByTestId('contacts-total')).toBeVisible();
    const expectedHit = account === 'member' ? 'Ткачук' : 'Шевченко';
    await search(page, account === 'member' ? 'tkach' : 'shevch');
    await expect(page.getByTestId('contacts-row').filter({ hasText: expectedHit }).first()).toBeVisible();

    await page.getByTestId('lang-switch-uk').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Контакти');
    await page.getByTestId('lang-switch-en').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');

    await signOut(page);
  });
}
