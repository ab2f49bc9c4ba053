import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, navigate, search, signIn } from './helpers';
import {
  checkImport, importContactsXlsx, openImports, personRows, startImport, uniquePhone, uniqueSurname, uploadImportFile, xlsxOf,
} from './import-helpers';

const MESSAGES = {
  en: { badPhone: '“12345” is not a phone number', created: 'New contacts', status: 'Imported' },
  uk: { badPhone: '«12345» — не номер телефону', created: 'Нові контакти', status: 'Імпортовано' },
} as const;

async function importSmallWorkbook(page: Page, lng: 'en' | 'uk') {
  const surname = uniqueSurname();
  const rows = personRows([
    { lastName: surname, firstName: 'Оксана', patronymic: 'Петрівна', phone: uniquePhone(), email: `${surname.length}.${Date.now()}@e2e.test`, birthDate: new Date(Date.UTC(1988, 4, 17)) },
    { lastName: surname, firstName: 'Ярема', phone: uniquePhone(), birthDate: '02.11.1979' },
    { lastName: 'Неправильний', firstName: 'Номер', phone: '12345' },
  ]);

  await signIn(page, 'branch');
  if (lng === 'uk') await page.getByTestId('lang-switch-uk').click();
  await openImports(page);
  await expectNoHorizontalScroll(page);
  await uploadImportFile(page, 'осередок.xlsx', await xlsxOf(rows));

  // The columns were recognized from their Ukrainian headers (or, once another test here has
  // checked a file with them, the mapping saved then applies); the branch head's branch is preselected.
  await expect(page.getByTestId('import-mapping-source')).toHaveAttribute('data-source', /^(SUGGESTED|SAVED)$/);
  await expect(page.getByTestId('import-mapping-select-0')).toHaveValue('LAST_NAME');
  await expect(page.getByTestId('import-mapping-select-3')).toHaveValue('PHONE');
  await expect(page.getByTestId('import-mapping-select-5')).toHaveValue('BIRTH_DATE');
  await expect(page.getByTestId('import-target-unit')).not.toHaveValue('');
  await expect(page.getByTestId('import-error-mode-skip')).toBeChecked();
  await expectNoHorizontalScroll(page);

  await checkImport(page);
  await expect(page.getByTestId('import-count-created').locator('dd')).toHaveText('2');
  await expect(page.getByTestId('import-count-errors').locator('dd')).toHaveText('1');
  const problem = page.getByTestId('import-error-row');
  await expect(problem).toHaveCount(1);
  await expect(problem).toHaveAttribute('data-row', '4');
  await expect(problem.getByTestId('import-error-message')).toContainText(MESSAGES[lng].badPhone);
  await expectNoHorizontalScroll(page);

  await startImport(page);
  await expect(page.getByTestId('task-progress')).toHaveAttribute('data-status', 'succeeded');
  await expect(page.getByTestId('import-status')).toHaveText(MESSAGES[lng].status);
  await expect(page.getByTestId('import-count-created')).toContainText(MESSAGES[lng].created);
  await expect(page.getByTestId('imported-contacts-created').getByRole('link')).toHaveCount(2);
  await expect(page.getByTestId('import-report-link')).toHaveAttribute('href', new RegExp(`/report\\.csv\\?lang=${lng}$`));
  await expectNoHorizontalScroll(page);

  await navigate(page, 'nav-contacts');
  await search(page, surname);
  const found = page.getByTestId('contacts-row');
  await expect(found).toHaveCount(2);
  await expect(found.filter({ hasText: `${surname} Оксана Петрівна` })).toHaveCount(1);
  await expect(found.filter({ hasText: `${surname} Ярема` })).toHaveCount(1);
}

test.describe('English', () => {
  test.use({ locale: 'en-GB' });

  test('a branch head imports a small XLSX: suggested mapping, check with a row error, import, search', async ({ page }) => {
    await importSmallWorkbook(page, 'en');
  });

  test('a file of the wrong type or over 50 MB is refused with a clear message', async ({ page }, testInfo) => {
    const huge = testInfo.outputPath('huge.csv');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 50 * 1024 * 1024 + 1);
    await signIn(page, 'branch');
    await openImports(page);
    await page.getByTestId('import-file-input').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n…') });
    await expect(page.getByTestId('import-upload-error')).toContainText('not a CSV or XLSX table');
    await page.getByTestId('import-file-input').setInputFiles(huge);
    await expect(page.getByTestId('import-upload-error')).toHaveText('The file is larger than 50\u00a0MB. Split it into smaller files.');
    await expect(page).toHaveURL(/\/imports$/);
  });
});

test.describe('Ukrainian', () => {
  test.use({ locale: 'uk-UA' });

  test('керівник осередку імпортує невеликий XLSX українською', async ({ page }) => {
    await importSmallWorkbook(page, 'uk');
  });
});

test('"always create" makes a second contact with the same phone; "update" would have matched it', async ({ page }) => {
  const surname = uniqueSurname('Двійник');
  const person = { lastName: surname, firstName: 'Марта', phone: uniquePhone() };
  await signIn(page, 'branch');
  await importContactsXlsx(page, personRows([person]), { fileName: 'first.xlsx' });
  await importContactsXlsx(page, personRows([{ ...person, email: `${Date.now()}@e2e.test` }]), { fileName: 'again.xlsx', matchMode: 'create' });
  await expect(page.getByTestId('import-count-created').locator('dd')).toHaveText('1');
  await navigate(page, 'nav-contacts');
  await search(page, surname);
  await expect(page.getByTestId('contacts-row')).toHaveCount(2);
});

test('a member has no import in the menu', async ({ page }) => {
  await signIn(page, 'member');
  await expect(page.getByTestId('nav-contacts')).toBeAttached();
  await expect(page.getByTestId('nav-import')).toHaveCount(0);
});
