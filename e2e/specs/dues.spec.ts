import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, navigate, search, signIn, signOut } from './helpers';

// The two projects run side by side on one database: each works on its own contact, and
// each test within a project waits for the one before.
test.describe.configure({ mode: 'serial' });

const CONTACT = {
  desktop: { search: 'Шевченко Тарас', row: 'Шевченко Тарас', phone: '067 123 45 67' },
  phone: { search: 'Shevchenko Andrew', row: 'Shevchenko Andrew', phone: '050 111 22 33' },
} as const;
const MEMBER = 'Ткачук Богдан';

type ProjectName = keyof typeof CONTACT;

/** Kopiyky from a balance as shown ("-80,00 ₴", "UAH 1,234.56"): always two decimals. */
function kopiyky(text: string): number {
  const value = Number(text.replace(/\D/g, ''));
  return /[-−]/.test(text) ? -value : value;
}

async function openContact(page: Page, text: string, row = text): Promise<void> {
  await navigate(page, 'nav-contacts');
  await search(page, text);
  await page.getByTestId('contacts-row').filter({ hasText: row }).first().getByRole('link').first().click();
  await expect(page.getByTestId('dues-section')).toBeVisible();
}

async function recordPayment(page: Page, amount: string, reference: string): Promise<void> {
  await page.getByTestId('dues-record-payment').click();
  await page.getByTestId('dues-amount').fill(amount);
  await page.getByTestId('dues-reference').fill(reference);
  await page.getByTestId('dues-payment-save').click();
  await expect(page.getByTestId('dues-payment-form')).toHaveCount(0);
}

test.describe('in Ukrainian', () => {
  test.use({ locale: 'uk-UA' });

  test('a branch head records a payment and sees the balance change; a wrong amount is refused', async ({ page }, info) => {
    const contact = CONTACT[info.project.name as ProjectName];
    await signIn(page, 'branch');
    await openContact(page, contact.search, contact.row);
    const before = kopiyky((await page.getByTestId('dues-balance').textContent()) ?? '');

    await page.getByTestId('dues-record-payment').click();
    await page.getByTestId('dues-amount').fill('50 25');
    await page.getByTestId('dues-payment-save').click();
    await expect(page.getByText('Введіть суму в гривнях, наприклад 50 або 50,25.')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.getByRole('button', { name: 'Скасувати' }).click();

    const reference = `E2E-${info.project.name}-${Date.now()}`;
    await recordPayment(page, '150,50', reference);
    await expect(page.getByTestId('dues-saved')).toHaveText('Платіж записано, баланс оновлено.');
    await expect.poll(async () => kopiyky((await page.getByTestId('dues-balance').textContent()) ?? '')).toBe(before + 15_050);
    await expect(page.getByTestId('dues-balance')).toContainText(/₴|грн/);
    const row = page.getByTestId('dues-payment-row').filter({ hasText: reference });
    await expect(row).toContainText('150,50');
    await expect(row).toContainText('Готівка');
    await expectNoHorizontalScroll(page);
  });

  test('a member opens My profile and sees their balance and payment history', async ({ page }, info) => {
    const reference = `E2E-member-${info.project.name}-${Date.now()}`;
    await signIn(page, 'branch');
    await openContact(page, MEMBER);
    await recordPayment(page, '50', reference);
    await signOut(page);

    await signIn(page, 'member');
    await navigate(page, 'nav-profile');
    await expect(page).toHaveURL(/\/me$/);
    const section = page.getByTestId('dues-section');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Мої внески');
    await expect(page.getByTestId('dues-balance')).toContainText(/₴|грн/);
    await expect(page.getByTestId('dues-status')).toHaveText(/сплачено|Сплачено|Не сплачено внески/);
    await expect(page.getByTestId('dues-payment-row').filter({ hasText: reference })).toContainText('50,00');
    // A year of charges from the demo data.
    await expect(page.getByTestId('dues-charge-row')).toHaveCount(12);
    await expect(page.getByTestId('dues-record-payment')).toHaveCount(0);
    await expect(page.getByTestId('dues-payment-remove')).toHaveCount(0);
    await expectNoHorizontalScroll(page);
  });

  test('a branch head imports a bank statement: matched by phone, one matched by hand, a debit skipped', async ({ page }, info) => {
    const contact = CONTACT[info.project.name as ProjectName];
    const stamp = `${info.project.name}-${Date.now()}`;
    const csv = [
      'Виписка по рахунку',
      'Дата операції;Сума;Платник;Призначення платежу',
      `10.01.2026;75,00;Платник;Членський внесок, тел. ${contact.phone}, ${stamp}`,
      `11.01.2026;"1 000,00";Невідомий;Внесок без даних ${stamp}`,
      '12.01.2026;-20,00;Банк;Комісія',
    ].join('\r\n');
    await signIn(page, 'branch');
    await navigate(page, 'nav-dues');
    await page.getByTestId('dues-import-link').click();
    await page.getByTestId('dues-import-file').setInputFiles({ name: 'vypyska.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const rows = page.getByTestId('dues-statement-row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toHaveAttribute('data-status', 'MATCHED');
    await expect(rows.nth(0)).toContainText('за телефоном');
    await expect(rows.nth(1)).toHaveAttribute('data-status', 'UNMATCHED');
    await expect(rows.nth(2)).toHaveAttribute('data-status', 'DEBIT');
    await expectNoHorizontalScroll(page);

    await rows.nth(1).getByTestId('dues-statement-choose').click();
    await page.getByTestId('dues-picker-search').fill('Ткачук');
    await page.getByTestId('dues-picker-choice').filter({ hasText: MEMBER }).click();
    await expect(rows.nth(1)).toHaveAttribute('data-status', 'MATCHED');
    await expect(rows.nth(1)).toContainText('обрано вами');
    await page.getByTestId('dues-import-commit').click();
    await expect(page.getByTestId('dues-import-done')).toContainText('Записано 2 платежі');
    await expectNoHorizontalScroll(page);
  });
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('a branch head records a contribution, is told of a receipt number already used, and removes a payment', async ({ page }, info) => {
    const contact = CONTACT[info.project.name as ProjectName];
    const receipt = `E2E-${info.project.name}-${Date.now()}`;
    await signIn(page, 'branch');
    await openContact(page, contact.search, contact.row);
    for (const attempt of [1, 2]) {
      await page.getByTestId('dues-record-contribution').click();
      await page.getByTestId('dues-amount').fill('200');
      await page.getByTestId('dues-receiptNumber').fill(receipt);
      await page.getByTestId('dues-campaign').fill('Winter aid');
      await page.getByTestId('dues-contribution-save').click();
      if (attempt === 1) await expect(page.getByTestId('dues-saved')).toHaveText('The contribution is recorded.');
    }
    await expect(page.getByText('This receipt number is already used. Check the receipt.')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('dues-contribution-row').filter({ hasText: receipt })).toContainText('Winter aid');

    const before = kopiyky((await page.getByTestId('dues-balance').textContent()) ?? '');
    const newest = page.getByTestId('dues-payment-row').first();
    const amount = kopiyky((await newest.locator('.money-table__amount').textContent()) ?? '');
    await newest.getByTestId('dues-payment-remove').click();
    await newest.getByTestId('dues-remove-confirm').click();
    await expect(page.getByText('This field is required.')).toBeVisible();
    await page.getByTestId('dues-remove-reason').fill('Entered twice');
    await page.getByTestId('dues-remove-confirm').click();
    await expect.poll(async () => kopiyky((await page.getByTestId('dues-balance').textContent()) ?? '')).toBe(before - amount);
    await expectNoHorizontalScroll(page);
  });

  test('a member sees their balance and payment history in English', async ({ page }) => {
    await signIn(page, 'member');
    await navigate(page, 'nav-contacts');
    await page.getByTestId('contacts-row').first().getByRole('link').first().click();
    await expect(page.getByTestId('dues-section').getByRole('heading', { level: 2 })).toHaveText('Dues and contributions');
    await expect(page.getByTestId('dues-balance')).toContainText('UAH');
    await expect(page.getByTestId('dues-payment-row').first()).toContainText('UAH');
    await expect(page.getByTestId('dues-record-payment')).toHaveCount(0);
    await expectNoHorizontalScroll(page);
  });

  test('an administrator sees the schedule and runs the charges for this month to the end', async ({ page }) => {
    await signIn(page, 'admin');
    await navigate(page, 'nav-dues');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dues');
    const schedules = page.getByTestId('dues-schedule-row');
    await expect(schedules).toHaveCount(3);
    await expect(schedules.filter({ hasText: 'Member' })).toContainText('UAH 50.00 a month');
    await expect(schedules.filter({ hasText: 'Supporter' })).toContainText('UAH 120.00 a year');
    await page.getByTestId('dues-charge-start').click();
    await expect(page.getByTestId('task-progress')).toHaveAttribute('data-status', 'succeeded', { timeout: 30_000 });
    // The demo data is charged up to this month already: nobody is charged twice.
    await expect(page.getByTestId('dues-charge-result')).toHaveText('0 charges made, UAH 0.00 in total.');
    await expectNoHorizontalScroll(page);
  });

  test('a national manager sees dues rolled up from branches to regions and the nation', async ({ page }) => {
    await signIn(page, 'national');
    await navigate(page, 'nav-org');
    await page.getByTestId('org-child').first().click();
    const rollup = page.getByTestId('org-unit-dues');
    await expect(rollup.getByRole('heading', { level: 2 })).toHaveText('Dues');
    await expect(rollup.getByTestId('org-dues-child')).toHaveCount(25);
    await expect(rollup.getByTestId('org-dues-unit')).toContainText('UAH');
    await expect(rollup.getByTestId('org-dues-child').filter({ hasText: 'Kyiv Oblast' })).toContainText('UAH');
    await expectNoHorizontalScroll(page);
  });
});
