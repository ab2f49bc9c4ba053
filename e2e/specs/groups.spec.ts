import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, navigate, search, signIn, signOut } from './helpers';

test.use({ locale: 'en-GB' });

/** The number in a text such as "1,234 contacts" or "Відповідають 1 234 контакти". */
async function numberIn(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  const digits = /\d[\d\s\u00a0\u202f,]*/.exec(text)?.[0].replace(/[^\d]/g, '');
  if (!digits) throw new Error(`no number in "${text}"`);
  return Number(digits);
}

const WORDS = {
  en: { changed: 'Done:', tags: 'Tags', lastName: 'Last name', started: 'The download has started' },
  uk: { changed: 'Готово:', tags: 'Мітки', lastName: 'Прізвище', started: 'Завантаження почалося' },
} as const;

for (const language of ['en', 'uk'] as const) {
  test(`a regional manager builds a smart group, tags all of it and exports it (${language})`, async ({ page }, testInfo) => {
    const words = WORDS[language];
    const stamp = `${language}-${testInfo.project.name}-${Date.now().toString(36)}`;
    const marked = `e2e-відмічені-${stamp}`;
    const invited = `e2e-запрошені-${stamp}`;

    await signIn(page, 'region');
    await page.getByTestId(`lang-switch-${language}`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    // Mark some people of the region from the contacts list: "Tag all" acts on the whole result.
    await navigate(page, 'nav-contacts');
    await search(page, 'Шевч');
    await expect(page.getByTestId('contacts-row').first()).toBeVisible();
    const found = await numberIn(page, 'contacts-total');
    await page.getByTestId('bulk-tag').click();
    await page.getByTestId('bulk-tag-input').fill(marked);
    await page.getByTestId('bulk-tag-apply').click();
    await expect(page.getByTestId('bulk-result')).toContainText(words.changed);
    expect(await numberIn(page, 'bulk-result')).toBe(found);
    await expectNoHorizontalScroll(page);

    // Build the group: the region, and the tag; the count follows the criteria as they change.
    await navigate(page, 'nav-groups');
    await page.getByTestId('new-smart-group').click();
    await expect(page.getByTestId('filter-preview-count')).toHaveText(/\d/);
    const everyone = await numberIn(page, 'filter-preview-count');
    await page.getByTestId('filter-unit-search').fill('UA-32');
    await page.getByTestId('filter-unit-option').first().click();
    await expect(page.getByTestId('filter-unit-chip')).toHaveCount(1);
    await page.getByTestId('filter-tags-any-input').fill(marked);
    await page.getByTestId('filter-tags-any-add').click();
    await expect(page.getByTestId('filter-preview-count')).toHaveAttribute('data-counting', 'false');
    await expect.poll(() => numberIn(page, 'filter-preview-count')).toBe(found);
    expect(found).toBeLessThan(everyone);
    await expectNoHorizontalScroll(page);
    await page.getByTestId('group-name').fill(`E2E ${stamp}`);
    await page.getByTestId('group-save').click();

    await expect(page.getByTestId('group-title')).toHaveText(`E2E ${stamp}`);
    expect(await numberIn(page, 'group-count')).toBe(found);
    await expect(page.getByTestId('filter-summary')).toContainText(marked);
    await expectNoHorizontalScroll(page);

    // Tag every contact of the group, then export it and read the file.
    await page.getByTestId('bulk-tag').click();
    await page.getByTestId('bulk-tag-input').fill(invited);
    await page.getByTestId('bulk-tag-apply').click();
    await expect(page.getByTestId('bulk-result')).toContainText(words.changed);
    expect(await numberIn(page, 'bulk-result')).toBe(found);
    await expect(page.getByTestId('group-member').first()).toContainText(invited);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    await expect(page.getByTestId('export-status')).toContainText(words.started);
    expect(download.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = fs.readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    const columns = header.split(';');
    expect(columns[1]).toBe(words.lastName);
    expect(rows).toHaveLength(found);
    const tagsAt = columns.indexOf(words.tags);
    for (const row of rows) expect(row.split(';')[tagsAt]).toContain(invited);
  });
}

test('a branch head sees only their own part of a regional group, read-only', async ({ page }, testInfo) => {
  const stamp = `${testInfo.project.name}-${Date.now().toString(36)}`;
  await signIn(page, 'region');
  await navigate(page, 'nav-groups');
  await page.getByTestId('new-smart-group').click();
  await page.getByTestId('group-name').fill(`Регіон ${stamp}`);
  await expect(page.getByTestId('filter-preview-count')).toHaveText(/\d/);
  const regional = await numberIn(page, 'filter-preview-count');
  await page.getByTestId('group-save').click();
  await expect(page.getByTestId('group-title')).toHaveText(`Регіон ${stamp}`);
  const url = page.url();

  await signOut(page);
  await signIn(page, 'branch');
  await page.goto(url);
  await expect(page.getByTestId('group-title')).toHaveText(`Регіон ${stamp}`);
  const part = await numberIn(page, 'group-count');
  expect(part).toBeGreaterThan(0);
  expect(part).toBeLessThan(regional);
  await expect(page.getByTestId('group-edit')).toHaveCount(0);
  await expectNoHorizontalScroll(page);
});
