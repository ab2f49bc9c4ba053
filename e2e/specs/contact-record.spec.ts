import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, navigate, signIn } from './helpers';

/**
 * The contact record end to end: a branch head creates and edits contacts (field errors,
 * the duplicate warning, a stale save from a second page), a member keeps their own phone
 * up to date. Every test runs in English and in Ukrainian, on desktop and phone; data each
 * test writes is its own (names and numbers carry the project and language), except the
 * member's single record, whose saves may meet another run's save and then redo it.
 */

const LANGUAGES = {
  en: {
    locale: 'en-GB',
    badPhone: '“12” is not a phone number.',
    saved: 'Changes saved.',
    fixFields: 'Please correct the highlighted field.',
    duplicates: 'This person may already be in your contacts',
    conflict: 'Not saved: someone else changed this record',
    mySaved: 'Your contact details are saved.',
    membership: /Member|Not a member/,
  },
  uk: {
    locale: 'uk-UA',
    badPhone: '«12» — не номер телефону.',
    saved: 'Зміни збережено.',
    fixFields: 'Виправте виділене поле.',
    duplicates: 'Можливо, ця людина вже є у ваших контактах',
    conflict: 'Не збережено: хтось інший змінив цей запис',
    mySaved: 'Ваші контактні дані збережено.',
    membership: /Член|Не є членом/,
  },
} as const;

/** A valid Ukrainian mobile number, different for each project, language and use. */
function phoneFor(project: string, lang: string, use: number): { typed: string; shown: string } {
  const digits = `${project === 'phone' ? 7 : 3}${lang === 'uk' ? 5 : 2}${use}${String(Date.now() % 10_000).padStart(4, '0')}`;
  return { typed: `093 ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`, shown: `+380 93 ${digits.slice(0, 3)} ${digits.slice(3)}` };
}

async function createContact(page: Page, lastName: string, firstName: string, phone: string): Promise<string> {
  await page.goto('/contacts');
  await page.getByTestId('contacts-new').click();
  await expect(page.getByTestId('unit-only')).toBeVisible();
  await page.getByTestId('contact-lastName').fill(lastName);
  await page.getByTestId('contact-firstName').fill(firstName);
  await page.getByTestId('contact-phone-input').first().fill(phone);
  await page.getByTestId('contact-create').click();
  await expect(page.getByTestId('contact-name')).toHaveText(`${lastName} ${firstName}`);
  return new URL(page.url()).pathname;
}

for (const [lang, text] of Object.entries(LANGUAGES)) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale: text.locale });

    test('a branch head adds a contact, edits it, and is warned before duplicating a phone', async ({ page }, testInfo) => {
      const tag = `${testInfo.project.name}-${lang}`;
      const first = phoneFor(testInfo.project.name, lang, 1);
      const second = phoneFor(testInfo.project.name, lang, 2);
      await signIn(page, 'branch');
      await navigate(page, 'nav-contacts');
      const path = await createContact(page, `Записна-${tag}`, 'Оксана', first.typed);
      await expect(page.getByTestId('contact-phones')).toContainText(first.shown);

      // Add a second phone; a bad one is refused beside its row, in the user's language.
      await page.getByTestId('contact-edit').click();
      await page.getByTestId('contact-phone-add').click();
      await page.getByTestId('contact-phone-input').nth(1).fill('12');
      await page.getByTestId('contact-save').click();
      await expect(page.getByTestId('contact-form-errors')).toContainText(text.fixFields);
      await expect(page.locator('#edit-contact-phones-1-error')).toContainText(text.badPhone);
      await expect(page.getByTestId('contact-phone-input').nth(1)).toBeFocused();
      await expectNoHorizontalScroll(page);
      await page.getByTestId('contact-phone-input').nth(1).fill(second.typed);
      await page.getByTestId('contact-save').click();
      await expect(page.getByTestId('contact-saved')).toHaveText(text.saved);
      await expect(page.getByTestId('contact-phones')).toContainText(first.shown);
      await expect(page.getByTestId('contact-phones')).toContainText(second.shown);

      // A new contact with the same phone: a warning that links the existing record.
      await page.goto('/contacts/new');
      await page.getByTestId('contact-lastName').fill(`Двійник-${tag}`);
      await page.getByTestId('contact-firstName').fill('Оксана');
      await page.getByTestId('contact-phone-input').first().fill(second.typed);
      await page.getByTestId('contact-create').click();
      const warning = page.getByTestId('duplicate-warning');
      await expect(warning).toContainText(text.duplicates);
      await expect(page.getByTestId('duplicate-link')).toHaveText(`Записна-${tag} Оксана`);
      await expectNoHorizontalScroll(page);
      await page.getByTestId('duplicate-link').click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await page.goBack();
      // The form is as it was left.
      await expect(page.getByTestId('contact-lastName')).toHaveValue(`Двійник-${tag}`);
      await page.getByTestId('contact-create').click();
      await page.getByTestId('duplicate-proceed').click();
      await expect(page.getByTestId('contact-name')).toHaveText(`Двійник-${tag} Оксана`);
    });

    test('a stale save from a second page is refused, and the typed changes survive the reload', async ({ page, context }, testInfo) => {
      const tag = `${testInfo.project.name}-${lang}`;
      await signIn(page, 'branch');
      const path = await createContact(page, `Спірна-${tag}`, 'Олена', phoneFor(testInfo.project.name, lang, 3).typed);
      const other = await context.newPage();
      await other.goto(path);

      await page.getByTestId('contact-edit').click();
      await page.getByTestId('contact-addressStreet').fill('вул. Перша, 1');
      await other.getByTestId('contact-edit').click();
      await other.getByTestId('contact-addressSettlement').fill('Ірпінь');
      await other.getByTestId('contact-save').click();
      await expect(other.getByTestId('contact-saved')).toBeVisible();

      await page.getByTestId('contact-save').click();
      const notice = page.getByTestId('conflict-notice');
      await expect(notice).toContainText(text.conflict);
      await expect(page.getByTestId('conflict-changes')).toContainText('вул. Перша, 1');
      await expectNoHorizontalScroll(page);
      await page.getByTestId('conflict-reload').click();
      await expect(page.getByTestId('contact-addressSettlement')).toHaveValue('Ірпінь');
      await expect(page.getByTestId('contact-addressStreet')).toHaveValue('');
      await page.getByTestId('conflict-restore').click();
      await expect(page.getByTestId('contact-addressStreet')).toHaveValue('вул. Перша, 1');
      await page.getByTestId('contact-save').click();
      await expect(page.getByTestId('contact-saved')).toHaveText(text.saved);
      await expect(page.getByTestId('contact-street')).toContainText('вул. Перша, 1');
      await expect(page.getByTestId('contact-details')).toContainText('Ірпінь');
    });

    test('a member opens My profile, changes their phone and sees their dues balance', async ({ page }, testInfo) => {
      const phone = phoneFor(testInfo.project.name, lang, 4);
      await signIn(page, 'member');
      await navigate(page, 'nav-profile');
      await expect(page.getByTestId('profile-name')).toHaveText('Ткачук Богдан Ярославович');
      // Read-only membership: the status once the membership module has given one.
      await expect(page.getByTestId('membership-status').or(page.getByTestId('membership-none'))).toContainText(text.membership);
      await expectNoHorizontalScroll(page);

      await page.getByTestId('my-details-edit').click();
      await page.getByTestId('my-phone-input').first().fill('12');
      await page.getByTestId('my-details-save').click();
      await expect(page.locator('#my-details-phones-0-error')).toContainText(text.badPhone);
      await page.getByTestId('my-phone-input').first().fill(phone.typed);
      // The demo member is shared by every run of this test: a save that meets another run's is redone.
      for (let attempt = 0; attempt < 5; attempt++) {
        await page.getByTestId('my-details-save').click();
        await expect(page.getByTestId('my-details-saved').or(page.getByTestId('conflict-notice'))).toBeVisible();
        if (await page.getByTestId('my-details-saved').isVisible()) break;
        await page.getByTestId('conflict-reload').click();
        await page.getByTestId('conflict-restore').click();
      }
      await expect(page.getByTestId('my-details-saved')).toHaveText(text.mySaved);
      await expect(page.getByTestId('my-phones')).toContainText(phone.shown);
      // Their own dues on the same page: balance in hryvnias and a year of charged periods.
      await expect(page.getByTestId('dues-balance')).toContainText(lang === 'uk' ? /грн|₴/ : 'UAH');
      await expect(page.getByTestId('dues-charge-row').first()).toBeVisible();
      await expect(page.getByTestId('dues-record-payment')).toHaveCount(0);
      await expectNoHorizontalScroll(page);
    });
  });
}
