import { test } from '@playwright/test';
import { createDuplicate, findMergeAndUndo, newPerson } from './duplicates-helpers';
import { signIn } from './helpers';

/** A branch head finds a duplicate in their branch, merges it choosing fields, and undoes it. */

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('a branch head finds a duplicate, merges it field by field and undoes the merge', async ({ page }) => {
    test.setTimeout(90_000);
    const person = newPerson();
    await signIn(page, 'branch');
    await createDuplicate(page, person);
    await findMergeAndUndo(page, person, {
      heading: 'Duplicates',
      merge: new RegExp(`^Merge into “${person.lastNameUk} Олена”$`),
      merged: `Merged: “${person.lastNameEn} Olena” is now part of “${person.lastNameUk} Olena”.`,
      undone: `Merge undone: “${person.lastNameEn} Olena” is back.`,
      undo: 'Undone',
    });
  });
});

test.describe('in Ukrainian', () => {
  test.use({ locale: 'uk-UA' });

  test('голова осередку знаходить дубліката, об’єднує поле за полем і скасовує об’єднання', async ({ page }) => {
    test.setTimeout(90_000);
    const person = newPerson();
    await signIn(page, 'branch');
    await createDuplicate(page, person);
    await findMergeAndUndo(page, person, {
      heading: 'Дублікати',
      merge: new RegExp(`^Об’єднати в «${person.lastNameUk} Олена»$`),
      merged: `Об’єднано: «${person.lastNameEn} Olena» тепер частина запису «${person.lastNameUk} Olena».`,
      undone: `Об’єднання скасовано: «${person.lastNameEn} Olena» повернувся.`,
      undo: 'Скасовано',
    });
  });
});
