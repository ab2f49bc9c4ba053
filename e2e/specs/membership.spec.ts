import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, navigate, signIn, signOut } from './helpers';

/**
 * Membership end to end: the Bucha branch head suspends a member with a reason and sees it in
 * the history, then asks the Irpin branch (same district: district and region totals other
 * specs read stay put) to take the person over; the administrator accepts on the Transfers
 * page and the person's record moves. Each run (project × language) works on its own member.
 */

const LANGUAGES = [
  {
    locale: 'en-GB',
    text: {
      member: 'Member',
      suspended: 'Suspended',
      reasonRequired: 'Give the reason for this change.',
      suspendedStep: 'Member → Suspended',
      search: 'Irpin',
      target: 'Irpin branch',
      home: 'Bucha branch',
      transferred: 'Transferred from Bucha branch to Irpin branch',
      accepted: 'Accepted:',
    },
  },
  {
    locale: 'uk-UA',
    text: {
      member: 'Член',
      suspended: 'Членство зупинено',
      reasonRequired: 'Зазначте підставу цієї зміни.',
      suspendedStep: 'Член → Членство зупинено',
      search: 'Ірпін',
      target: 'Осередок м. Ірпінь',
      home: 'Осередок м. Буча',
      transferred: 'Переведено з «Осередок м. Буча» до «Осередок м. Ірпінь»',
      accepted: 'Погоджено:',
    },
  },
] as const;

interface Candidate {
  id: string;
  displayName: string;
}

/** A member of the viewer's branch for this run: ids split four ways, so parallel runs never share one. */
async function memberForRun(page: Page, slot: number): Promise<Candidate> {
  const post = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await page.request.post('/graphql', { data: { query, variables } });
    const body = (await res.json()) as { data: T };
    return body.data;
  };
  const { me } = await post<{ me: { roles: { orgUnit: { id: string } }[] } }>('{ me { roles { orgUnit { id } } } }');
  const { contacts } = await post<{ contacts: { edges: { node: Candidate & { membershipStatus: string | null; pendingTransfer: unknown } }[] } }>(
    'query($unit: ID!) { contacts(orgUnitId: $unit, first: 100) { edges { node { id displayName membershipStatus pendingTransfer { id } } } } }',
    { unit: me.roles[0].orgUnit.id },
  );
  const mine = contacts.edges
    .map((e) => e.node)
    .filter((c) => c.membershipStatus === 'MEMBER' && c.pendingTransfer === null && parseInt(c.id[0], 16) % 4 === slot);
  expect(mine.length, 'members of the demo branch for this run').toBeGreaterThan(0);
  return mine[0];
}

for (const [languageIndex, { locale, text }] of LANGUAGES.entries()) {
  test.describe(`membership (${locale})`, () => {
    test.use({ locale });

    test('a branch head suspends a member, requests a transfer, and the administrator accepts it', async ({ page }, info) => {
      const slot = languageIndex * 2 + (info.project.name === 'phone' ? 1 : 0);
      await signIn(page, 'branch');
      const person = await memberForRun(page, slot);

      await page.goto(`/contacts/${person.id}`);
      const section = page.getByTestId('membership-section');
      await expect(section.getByTestId('membership-status')).toHaveText(text.member);
      await expect(section.getByTestId('membership-card')).toHaveText(/^UA32-\d{6}$/);

      // Suspend: the reason is required, the step lands on top of the history.
      await section.getByTestId('change-status').click();
      const dialog = page.getByTestId('change-status-dialog');
      await expect(dialog.getByRole('radio')).toHaveCount(4);
      await dialog.getByTestId('status-option-suspended').check();
      await dialog.getByTestId('status-submit').click();
      await expect(dialog).toContainText(text.reasonRequired);
      await dialog.getByTestId('status-reason').fill('Несплата внесків понад шість місяців');
      await expectNoHorizontalScroll(page);
      await dialog.getByTestId('status-submit').click();
      await expect(dialog).toBeHidden();
      await expect(section.getByTestId('membership-status')).toHaveText(text.suspended);
      const newest = section.getByTestId('membership-history-row').first();
      await expect(newest).toContainText(text.suspendedStep);
      await expect(newest).toContainText('Несплата внесків понад шість місяців');
      await expect(newest).toContainText('Олена Бондаренко');
      await expectNoHorizontalScroll(page);

      // Ask the Irpin branch to take the person over.
      await section.getByTestId('request-transfer').click();
      const transfer = page.getByTestId('request-transfer-dialog');
      await transfer.getByTestId('transfer-search').fill(text.search);
      await transfer.getByTestId('transfer-target').first().check();
      await expect(transfer.getByText(text.target)).toBeVisible();
      await transfer.getByTestId('transfer-note').fill('Переїхав до Ірпеня');
      await transfer.getByTestId('transfer-submit').click();
      await expect(transfer).toBeHidden();
      await expect(section.getByTestId('pending-transfer')).toContainText(text.target);
      await expect(section.getByTestId('membership-branch')).toHaveText(text.home);
      await expectNoHorizontalScroll(page);
      await signOut(page);

      // The receiving side: the administrator accepts on the Transfers page.
      await signIn(page, 'admin');
      await navigate(page, 'nav-transfers');
      const card = page.getByTestId('transfer-card').filter({ hasText: person.displayName });
      await expect(card).toContainText('Переїхав до Ірпеня');
      await expectNoHorizontalScroll(page);
      await card.getByTestId('decision-note').fill('Ласкаво просимо');
      await card.getByTestId('accept-transfer').click();
      await expect(page.getByTestId('transfers-notice')).toContainText(text.accepted);
      await expect(page.getByTestId('transfer-card').filter({ hasText: person.displayName })).toHaveCount(0);

      await page.goto(`/contacts/${person.id}`);
      await expect(section.getByTestId('membership-branch')).toHaveText(text.target);
      await expect(section.getByTestId('pending-transfer')).toHaveCount(0);
      await expect(section.getByTestId('membership-history')).toContainText(text.transferred);
      await expectNoHorizontalScroll(page);
    });
  });
}
