import { expect, test, type Page } from '@playwright/test';
import { createContact, findPair, newPerson, openDuplicates, scanDuplicates, type DuplicatePerson } from './duplicates-helpers';
import { expectNoHorizontalScroll, navigate, search, signIn } from './helpers';
import { importContactsXlsx, uniquePhone, uniqueSurname, type XlsxCell } from './import-helpers';

/**
 * Issue 4 end to end, as a branch head lives it: a list imported from XLSX brings in a
 * person already on record under another spelling; a scan of the branch finds the pair; the
 * head merges it field by field, sees the result on the record and its timeline, and
 * undoes the merge, after which both records are as they were.
 */

interface Journey {
  person: DuplicatePerson;
  /** The record on file: Cyrillic name with patronymic, the old phone, Vorzel (not Bucha: the branch's own name says that). */
  onFile: { name: string; phone: string; settlement: string };
  /** The imported row: Latin spelling, a new phone (as the file writes it, and stored) and an e-mail, moved to Irpin. */
  imported: { name: string; phoneInFile: string; phone: string; email: string; settlement: string };
  /** Someone else on the same list, imported alongside. */
  other: { lastName: string; phone: string };
}

function newJourney(): Journey {
  const person = newPerson();
  const phoneInFile = uniquePhone();
  return {
    person,
    onFile: { name: `${person.lastNameUk} Олена Іванівна`, phone: person.phone, settlement: 'Ворзель' },
    imported: { name: `${person.lastNameEn} Olena`, phoneInFile, phone: `+38${phoneInFile.replace(/\s/g, '')}`, email: person.email, settlement: 'Ірпінь' },
    other: { lastName: uniqueSurname('Список'), phone: uniquePhone() },
  };
}

/** What the pages say in the language of the run. */
interface Words {
  duplicates: string;
  merged: (merged: string, survivor: string) => string;
  mergeKind: string;
  mergedEvent: (name: string) => string;
  undoneToast: (merged: string) => string;
  undoneEvent: (name: string) => string;
}

const WORDS: Record<'en' | 'uk', Words> = {
  en: {
    duplicates: 'Duplicates',
    merged: (merged, survivor) => `Merged: “${merged}” is now part of “${survivor}”.`,
    mergeKind: 'Merge',
    mergedEvent: (name) => `Merged with the record of ${name}.`,
    undoneToast: (merged) => `Merge undone: “${merged}” is back.`,
    undoneEvent: (name) => `The merge with ${name} was undone; both records are separate again.`,
  },
  uk: {
    duplicates: 'Дублікати',
    merged: (merged, survivor) => `Об’єднано: «${merged}» тепер частина запису «${survivor}».`,
    mergeKind: 'Об’єднання',
    mergedEvent: (name) => `Об’єднано із записом ${name}.`,
    undoneToast: (merged) => `Об’єднання скасовано: «${merged}» повернувся.`,
    undoneEvent: (name) => `Злиття із записом ${name} скасовано; записи знову окремі.`,
  },
};

const tel = (phone: string) => `a[href="tel:${phone}"]`;

/** The list a volunteer coordinator sends in: the near-duplicate and one new person. */
function importedRows({ person, imported, other }: Journey): XlsxCell[][] {
  return [
    ['Прізвище', "Ім'я", 'Телефон', 'Email', 'Дата народження', 'Населений пункт'],
    [person.lastNameEn, 'Olena', imported.phoneInFile, imported.email, new Date(Date.UTC(1987, 3, 12)), imported.settlement],
    [other.lastName, 'Ярема', other.phone, null, null, imported.settlement],
  ];
}

/** The contact page of the search result with this name. */
async function openContact(page: Page, query: string, name: string): Promise<void> {
  await navigate(page, 'nav-contacts');
  await search(page, query);
  await page.getByTestId('contacts-row').filter({ hasText: name }).getByRole('link', { name }).click();
  await expect(page.getByTestId('contact-name')).toHaveText(name);
}

async function expectRecordOnFile(page: Page, j: Journey): Promise<void> {
  await openContact(page, j.person.lastNameUk, j.onFile.name);
  const details = page.getByTestId('contact-details');
  await expect(details).toContainText(j.onFile.settlement);
  await expect(details).not.toContainText(j.imported.settlement);
  await expect(page.getByTestId('contact-phones').locator('a')).toHaveCount(1);
  await expect(page.getByTestId('contact-phones').locator(tel(j.onFile.phone))).toHaveCount(1);
  await expect(page.getByTestId('contact-emails').locator('a')).toHaveCount(0);
}

async function expectImportedRecord(page: Page, j: Journey): Promise<void> {
  await openContact(page, j.person.lastNameEn, j.imported.name);
  await expect(page.getByTestId('contact-details')).toContainText(j.imported.settlement);
  await expect(page.getByTestId('contact-phones').locator('a')).toHaveCount(1);
  await expect(page.getByTestId('contact-phones').locator(tel(j.imported.phone))).toHaveCount(1);
  await expect(page.getByTestId('contact-emails')).toContainText(j.imported.email);
}

async function peopleJourney(page: Page, lng: 'en' | 'uk'): Promise<void> {
  const words = WORDS[lng];
  const j = newJourney();
  await signIn(page, 'branch');
  await createContact(page, {
    lastName: j.person.lastNameUk, firstName: 'Олена', patronymic: 'Іванівна', birthDate: j.person.birthDate, phones: [j.onFile.phone], addressSettlement: j.onFile.settlement,
  });

  // 1. The list comes in; its phone and e-mail are new, so the import adds the person again.
  await importContactsXlsx(page, importedRows(j), { fileName: 'волонтери-ірпінь.xlsx' });
  await expect(page.getByTestId('import-count-created').locator('dd')).toHaveText('2');
  await expect(page.getByTestId('imported-contacts-created').getByRole('link')).toHaveCount(2);
  await expectNoHorizontalScroll(page);

  // 2. A scan of the branch pairs them by name and birth date across the two alphabets.
  await openDuplicates(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.duplicates);
  await scanDuplicates(page);
  const pair = await findPair(page, j.onFile.name, j.imported.name);
  await expect(pair.getByTestId('pair-rule')).toHaveCount(1);
  await expectNoHorizontalScroll(page);
  await pair.getByTestId('pair-compare').click();

  // 3. Keep the record on file and its spelling; take the new address; drop the old phone.
  await page.locator('.merge-record', { hasText: j.onFile.name }).getByRole('radio').check();
  await page.locator('[data-testid="merge-field-lastName"] .merge-option', { hasText: j.person.lastNameUk }).getByRole('radio').check();
  await page.locator('[data-testid="merge-field-firstName"] .merge-option', { hasText: 'Олена' }).getByRole('radio').check();
  await page.locator('[data-testid="merge-field-address"] .merge-option', { hasText: j.imported.settlement }).getByRole('radio').check();
  await page.locator(`[data-testid="merge-item-phones"][value="${j.onFile.phone}"]`).uncheck();
  await expect(page.locator(`[data-testid="merge-item-phones"][value="${j.imported.phone}"]`)).toBeChecked();
  await expect(page.locator(`[data-testid="merge-item-emails"][value="${j.imported.email}"]`)).toBeChecked();
  await expectNoHorizontalScroll(page);
  await page.getByTestId('merge-submit').click();

  await expect(page.getByTestId('merge-done')).toContainText(words.merged(j.imported.name, j.onFile.name));
  const outcome = page.getByTestId('merged-record');
  await expect(outcome).toContainText(j.imported.phone);
  await expect(outcome).not.toContainText(j.onFile.phone);
  await expect(outcome).toContainText(j.imported.email);
  await page.getByTestId('open-survivor').click();

  // 4. The merged record: the kept name, the new address, phone and e-mail, and the merge on its timeline.
  await expect(page.getByTestId('contact-name')).toHaveText(j.onFile.name);
  const details = page.getByTestId('contact-details');
  await expect(details).toContainText(j.imported.settlement);
  await expect(details).not.toContainText(j.onFile.settlement);
  await expect(page.getByTestId('contact-phones').locator('a')).toHaveCount(1);
  await expect(page.getByTestId('contact-phones').locator(tel(j.imported.phone))).toHaveCount(1);
  await expect(page.getByTestId('contact-emails')).toContainText(j.imported.email);
  const merged = page.getByTestId('timeline-entry').filter({ hasText: words.mergedEvent(j.imported.name) });
  await expect(merged).toHaveCount(1);
  await expect(merged.locator('.badge')).toHaveText(words.mergeKind);
  await expectNoHorizontalScroll(page);

  // 5. Undo from the branch's recent merges: the pair is open again, both records as before.
  await openDuplicates(page);
  const row = page.getByTestId('merge-row').filter({ hasText: j.imported.name });
  await row.getByTestId('merge-row-undo').click();
  await expect(page.getByTestId('merges-notice')).toHaveText(words.undoneToast(j.imported.name));
  await expect(row.getByTestId('merge-row-undo')).toHaveCount(0);
  await expect(page.getByTestId('pair').filter({ hasText: j.onFile.name }).filter({ hasText: j.imported.name })).toHaveCount(1);
  await expectNoHorizontalScroll(page);

  await expectRecordOnFile(page, j);
  await expect(page.getByTestId('timeline-entry').filter({ hasText: words.undoneEvent(j.imported.name) })).toHaveCount(1);
  await expectImportedRecord(page, j);
  await expectNoHorizontalScroll(page);
}

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('a branch head imports a list, finds the duplicate it brought, merges it field by field and undoes the merge', async ({ page }) => {
    test.setTimeout(150_000);
    await peopleJourney(page, 'en');
  });
});

test.describe('in Ukrainian', () => {
  test.use({ locale: 'uk-UA' });

  test('голова осередку імпортує список, знаходить дубліката, об’єднує поле за полем і скасовує об’єднання', async ({ page }) => {
    test.setTimeout(150_000);
    await peopleJourney(page, 'uk');
  });
});
