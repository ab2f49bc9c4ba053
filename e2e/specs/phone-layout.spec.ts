import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, signIn } from './helpers';

test.use({ locale: 'en-GB' });

test('on a phone the navigation folds behind a menu button', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'phone width only');
  await signIn(page, 'region');
  const menu = page.getByTestId('nav-menu-button');
  await expect(menu).toBeVisible();
  await expect(page.getByTestId('nav-contacts')).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.getByTestId('nav-contacts').click();
  await expect(page.getByTestId('contacts-row').first()).toBeVisible();
  await expect(page.getByTestId('nav-contacts')).toBeHidden();
  for (const path of ['/', '/org', '/contacts']) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    await expectNoHorizontalScroll(page);
  }
});

test('on a desktop the navigation is always visible', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'desktop width only');
  await signIn(page, 'region');
  await expect(page.getByTestId('nav-menu-button')).toBeHidden();
  await expect(page.getByTestId('nav-contacts')).toBeVisible();
});
