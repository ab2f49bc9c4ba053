import ExcelJS from 'exceljs';
import { expect, type Page } from '@playwright/test';

/** A cell of a generated workbook: text, a number, or a date (stored as an Excel date). */
export type XlsxCell = string | number | Date | null;

/** The headers a branch's own list usually has; the import recognizes them by itself. */
export const CONTACT_HEADERS = ['Прізвище', "Ім'я", 'По батькові', 'Телефон', 'Email', 'Дата народження'];

/** A person for a generated list; the missing details stay empty cells. */
export interface ImportPerson {
  lastName: string;
  firstName: string;
  patronymic?: string;
  phone?: string;
  email?: string;
  birthDate?: Date | string;
}

/** An XLSX workbook with one sheet: the header row, then the rows. */
export async function xlsxOf(rows: XlsxCell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Контакти');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rows of CONTACT_HEADERS for these people. */
export function personRows(people: readonly ImportPerson[]): XlsxCell[][] {
  return [CONTACT_HEADERS, ...people.map((p) => [p.lastName, p.firstName, p.patronymic ?? null, p.phone ?? null, p.email ?? null, p.birthDate ?? null])];
}

/**
 * A name no other test (or the demo data) uses: Cyrillic, so it also checks the way through
 * the file, and at least three letters, so the contact search finds it.
 */
export function uniqueSurname(prefix = 'Імпорт'): string {
  const letters = 'бвгґджзклмнпрстфхцчшщ';
  let suffix = '';
  for (let i = 0; i < 6; i += 1) suffix += letters[Math.floor(Math.random() * letters.length)];
  return `${prefix}${suffix}енко`;
}

/** A valid Ukrainian mobile number on an operator code the demo data never uses. */
export function uniquePhone(): string {
  return `039 ${String(Math.floor(1_000_000 + Math.random() * 8_999_999)).replace(/(\d{3})(\d{2})(\d{2})/, '$1 $2 $3')}`;
}

/** Opens the import page from the main navigation (behind the menu on phones). */
export async function openImports(page: Page): Promise<void> {
  const link = page.getByTestId('nav-import');
  await link.waitFor({ state: 'attached' });
  if (!(await link.isVisible())) {
    await page.getByTestId('nav-menu-button').click();
  }
  await link.click();
  await expect(page.getByTestId('import-drop-zone')).toBeVisible();
}

/** Uploads a file through the file picker and waits for its mapping screen. */
export async function uploadImportFile(page: Page, name: string, buffer: Buffer): Promise<string> {
  await page.getByTestId('import-file-input').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await expect(page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('import-mapping')).toBeVisible();
  return page.url().split('/').pop()!;
}

/** Runs the check (dry run) and waits for its totals. */
export async function checkImport(page: Page): Promise<void> {
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-counts')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-status', 'CHECKED');
}

/** Starts the import after a check and waits until it has finished. */
export async function startImport(page: Page): Promise<void> {
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-status', 'IMPORTED', { timeout: 60_000 });
}

export interface ImportChoices {
  fileName?: string;
  /** `update` (the default): a row whose phone or e-mail matches a contact updates it; `create`: every row is a new contact. */
  matchMode?: 'update' | 'create';
  /** `skip` (the default): bad rows are left out; `all`: nothing is imported if a row is bad. */
  errorMode?: 'skip' | 'all';
}

/**
 * The whole import of a small workbook as a signed-in user who may write contacts: open the
 * import page, upload, keep the suggested mapping and the viewer's unit, choose the options,
 * check, import. Returns the import's id. (`matchMode: 'create'` makes duplicates on purpose.)
 */
export async function importContactsXlsx(page: Page, rows: XlsxCell[][], choices: ImportChoices = {}): Promise<string> {
  await openImports(page);
  const id = await uploadImportFile(page, choices.fileName ?? 'contacts.xlsx', await xlsxOf(rows));
  await page.getByTestId(`import-match-mode-${choices.matchMode ?? 'update'}`).check();
  await page.getByTestId(`import-error-mode-${choices.errorMode ?? 'skip'}`).check();
  await checkImport(page);
  await startImport(page);
  return id;
}
