import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'hromada-demo';

export const ACCOUNTS = {
  admin: { email: 'admin@example.org', name: 'Олександр Ковальчук' },
  national: { email: 'national@example.org', name: 'Ірина Гнатюк' },
  region: { email: 'region@example.org', name: 'Андрій Мельник' },
  branch: { email: 'branch@example.org', name: 'Олена Бондаренко' },
  member: { email: 'member@example.org', name: 'Богдан Ткачук' },
} as const;

/**
 * The demo organization's contact total as any language writes it: 50,000 plus the few that
 * specs running in parallel add to the shared demo database (never tens of them).
 */
export const DEMO_TOTAL = /50[,\s]0\d\d/;

export type AccountKey = keyof typeof ACCOUNTS;

export async function signIn(page: Page, account: AccountKey): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(ACCOUNTS[account].email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toContainText(ACCOUNTS[account].name);
}

/**
 * Follows a main navigation link, opening the phone menu first when the link is hidden in
 * it. Waits for the link to be rendered before deciding: right after a (re)load the shell
 * may not be there yet, and "no menu button visible" would then be the wrong answer.
 */
export async function navigate(
  page: Page,
  item: 'nav-home' | 'nav-org' | 'nav-contacts' | 'nav-profile' | 'nav-groups' | 'nav-transfers' | 'nav-dues',
): Promise<void> {
  const link = page.getByTestId(item);
  await link.waitFor({ state: 'attached' });
  if (!(await link.isVisible())) {
    const menu = page.getByTestId('nav-menu-button');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
  }
  await link.click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login$/);
}

/** Nothing on the page may be wider than the viewport (375 px on the phone project). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

export async function search(page: Page, text: string): Promise<void> {
  await page.getByTestId('contacts-search').fill(text);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, '(%20|\\+)')}`));
}
