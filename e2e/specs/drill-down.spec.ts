import { expect, test } from '@playwright/test';
import { DEMO_TOTAL, expectNoHorizontalScroll, navigate, signIn } from './helpers';

test.use({ locale: 'en-GB' });

test('a national manager drills down HQ → region → district → branch and back up', async ({ page }) => {
  await signIn(page, 'national');
  await navigate(page, 'nav-org');
  await page.getByTestId('org-child').first().click();
  await expect(page.getByTestId('org-unit-title')).toBeVisible();
  await expect(page.getByTestId('org-unit-contact-count')).toContainText(DEMO_TOTAL);
  await expect(page.getByTestId('org-child')).toHaveCount(25);

  await page.getByTestId('org-child').filter({ hasText: 'Kyiv Oblast' }).click();
  await expect(page.getByTestId('org-unit-title')).toHaveText(/Kyiv Oblast/);
  const regionCount = await page.getByTestId('org-unit-contact-count').textContent();
  await page.getByTestId('org-child').first().click();
  await expect(page.getByTestId('breadcrumbs')).toContainText('Kyiv Oblast');
  await page.getByTestId('org-child').first().click();
  await expect(page.getByTestId('breadcrumbs').getByRole('link')).toHaveCount(4);
  await expect(page.getByTestId('org-children')).toHaveCount(0);
  await expectNoHorizontalScroll(page);

  await page.getByTestId('breadcrumbs').getByRole('link', { name: 'Kyiv Oblast' }).click();
  await expect(page.getByTestId('org-unit-title')).toHaveText(/Kyiv Oblast/);
  await expect(page.getByTestId('org-unit-contact-count')).toHaveText(regionCount!);
});

test('each child shows the contacts of its whole subtree, and they add up', async ({ page }) => {
  await signIn(page, 'national');
  await navigate(page, 'nav-org');
  await page.getByTestId('org-child').first().click();
  await page.getByTestId('org-child').filter({ hasText: 'Lviv Oblast' }).click();
  const parentTotal = Number((await page.getByTestId('org-unit-contact-count').textContent())!.replace(/\D/g, ''));
  const childTexts = await page.getByTestId('org-child').allTextContents();
  const sum = childTexts
    .map((text) => Number(/([\d,]+) contacts?(?! in)/.exec(text)?.[1].replace(/,/g, '') ?? NaN))
    .reduce((a, b) => a + b, 0);
  expect(sum).toBeGreaterThan(0);
  expect(sum).toBeLessThanOrEqual(parentTotal);
});

test('a regional manager starts at their region and cannot open another one', async ({ page, browser }) => {
  const national = await browser.newPage({ locale: 'en-GB' });
  await signIn(national, 'national');
  await navigate(national, 'nav-org');
  await national.getByTestId('org-child').first().click();
  await national.getByTestId('org-child').filter({ hasText: 'Lviv Oblast' }).click();
  await expect(national.getByTestId('org-unit-title')).toHaveText(/Lviv Oblast/);
  const lvivUrl = new URL(national.url()).pathname;
  await national.close();

  await signIn(page, 'region');
  await navigate(page, 'nav-org');
  await expect(page.getByTestId('org-child')).toHaveCount(1);
  await expect(page.getByTestId('org-child')).toContainText('Kyiv Oblast');
  await page.goto(lvivUrl);
  await expect(page.getByTestId('not-found')).toBeVisible();
});

test('a branch head sees their branch, with a link to its contacts', async ({ page }) => {
  await signIn(page, 'branch');
  await page.getByTestId('home-unit-card').click();
  await expect(page.getByTestId('org-unit-title')).toContainText('Bucha');
  await page.getByTestId('view-contacts').click();
  await expect(page).toHaveURL(/\/contacts\?.*unit=/);
  await expect(page.getByTestId('contacts-row').first()).toBeVisible();
});
