import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, signIn } from './helpers';

/** The search box, focused; on phones it hides behind an icon button until that is tapped. */
async function openSearch(page: Page) {
  const toggle = page.getByTestId('header-search-toggle');
  const box = page.getByRole('combobox');
  if (await toggle.isVisible()) await toggle.click();
  else await box.click();
  await expect(box).toBeFocused();
  return box;
}

const options = (page: Page) => page.getByTestId('header-search-option');
const heading = (page: Page) => page.getByTestId('header-search-group-heading');

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('a branch head finds people from the header and opens one with the keyboard', async ({ page }) => {
    await signIn(page, 'branch');
    const box = await openSearch(page);

    await box.fill('shevch');
    await expect(heading(page)).toHaveText(/^Contacts · \d+$/);
    await expect(options(page).filter({ hasText: 'Shevchenko Andrew' })).toHaveCount(1);
    const taras = options(page).filter({ hasText: 'Шевченко Тарас Григорович' });
    await expect(taras).toContainText('Bucha branch');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expectNoHorizontalScroll(page);

    // Walk down to Taras: the active option is the one the input points to.
    const names = await options(page).allTextContents();
    const index = names.findIndex((name) => name.startsWith('Шевченко Тарас Григорович'));
    for (let i = 0; i <= index; i++) await box.press('ArrowDown');
    await expect(box).toHaveAttribute('aria-activedescendant', (await taras.getAttribute('id')) ?? '');
    await expect(taras).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');

    await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('contact-name')).toHaveText(/Шевченко Тарас Григорович/);
    await expectNoHorizontalScroll(page);
  });

  test('"Show all results" opens the contacts list filtered by the text', async ({ page }) => {
    await signIn(page, 'branch');
    const box = await openSearch(page);

    await box.fill('Шевч');
    await page.getByRole('option', { name: 'Show all results' }).click();

    await expect(page).toHaveURL(`/contacts?q=${encodeURIComponent('Шевч')}`);
    await expect(page.getByTestId('contacts-search')).toHaveValue('Шевч');
    await expect(page.getByTestId('contacts-row').filter({ hasText: 'Shevchenko Andrew' })).toHaveCount(1);
  });

  test('a misspelt name offers similar names', async ({ page }) => {
    await signIn(page, 'branch');
    const box = await openSearch(page);

    await box.fill('Shevchnko');

    await expect(page.getByTestId('header-search-similar')).toHaveText('No exact matches — similar names');
    await expect(heading(page)).toHaveText('Contacts');
    await expect(options(page).filter({ hasText: 'Шевченко Тарас Григорович' })).toHaveCount(1);
    await expect(page.getByTestId('header-search-show-all')).toHaveCount(0);
    await expectNoHorizontalScroll(page);
  });
});

test.describe('in Ukrainian', () => {
  test.use({ locale: 'uk-UA' });

  test('"/" opens the search; Escape closes, then clears; the capped count reads "10 000+"', async ({ page }) => {
    await signIn(page, 'national');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Пошук' });
    await expect(box).toBeFocused();

    await box.fill('ен');
    await expect(page.getByTestId('header-search-status')).toHaveText('Введіть щонайменше 3 літери або цифри.');

    await box.fill('енко');
    await expect(heading(page)).toHaveText('Контакти · 10\u00a0000+');
    await expect(options(page)).toHaveCount(5);

    await box.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveValue('енко');
    await box.press('Escape');
    await expect(box).toHaveValue('');
  });

  test('Enter with no option chosen, and the last option reached by wrapping upwards, open the full list', async ({ page }) => {
    await signIn(page, 'region');
    let box = await openSearch(page);

    await box.fill('шевч');
    await expect(heading(page)).toHaveText(/^Контакти · \d+$/);
    await box.press('Enter');

    await expect(page).toHaveURL(`/contacts?q=${encodeURIComponent('шевч')}`);
    await expect(page.getByTestId('contacts-search')).toHaveValue('шевч');
    await expect(page.getByTestId('contacts-row').first()).toContainText('Шевченко');

    box = await openSearch(page);
    await box.fill('Тарас Григ');
    const showAll = page.getByRole('option', { name: 'Показати всі результати' });
    await expect(showAll).toBeVisible();
    await box.press('ArrowUp');
    await expect(showAll).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');

    await expect(page).toHaveURL(/\/contacts\?q=%D0%A2%D0%B0%D1%80%D0%B0%D1%81(\+|%20)%D0%93%D1%80%D0%B8%D0%B3$/);
    await expect(page.getByTestId('contacts-row')).toHaveCount(1);
    await expect(page.getByTestId('contacts-row')).toContainText('Шевченко Тарас Григорович');
    await expectNoHorizontalScroll(page);
  });
});
