import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectNoHorizontalScroll, PASSWORD, signIn, signOut, type AccountKey } from './helpers';

test.use({ locale: 'en-GB' });

for (const account of Object.keys(ACCOUNTS) as AccountKey[]) {
  test(`${account} signs in, sees their units and signs out`, async ({ page }) => {
    await signIn(page, account);
    await expect(page.getByTestId('home-unit-card')).toHaveCount(1);
    await expectNoHorizontalScroll(page);
    await signOut(page);
    await page.goto('/contacts');
    await expect(page).toHaveURL(/\/login/);
  });
}

test('a wrong password and an unknown e-mail get the same message', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(ACCOUNTS.branch.email);
  await page.getByTestId('login-password').fill('not-the-password');
  await page.getByTestId('login-submit').click();
  const error = page.getByTestId('login-error');
  await expect(error).toHaveText(/e-mail or password is wrong/i);
  const first = await error.textContent();
  await page.getByTestId('login-email').fill('nobody@example.org');
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(error).toHaveText(first!);
  await expect(page).toHaveURL(/\/login/);
});

test('a malformed e-mail is pointed out before anything is sent', async ({ page }) => {
  await page.goto('/login');
  const requests: string[] = [];
  page.on('request', (r) => r.url().includes('/graphql') && r.method() === 'POST' && requests.push(r.postData() ?? ''));
  await page.getByTestId('login-email').fill('olena-at-example.org');
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByText('Enter a valid e-mail address')).toBeVisible();
  await expect(page.getByTestId('login-email')).toHaveAttribute('aria-invalid', 'true');
  expect(requests.filter((body) => body.includes('Login'))).toEqual([]);
});

test('the session survives a reload and ends with sign-out', async ({ page }) => {
  await signIn(page, 'region');
  await page.reload();
  await expect(page.getByTestId('current-user')).toContainText(ACCOUNTS.region.name);
  await signOut(page);
  await page.reload();
  await expect(page).toHaveURL(/\/login/);
});
