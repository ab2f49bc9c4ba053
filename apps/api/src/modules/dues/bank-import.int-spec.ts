import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { buildTree, createUserWithSession, type Tree } from '../../test-support/tree-fixture';
import { balanceOf } from '../../test-support/dues-fixture';
import { duesMismatches } from '../../test-support/dues-consistency';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { execute } from '../../platform/db/sql';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let token: string;
/** In the viewer's branch: matched by card, by phone, by e-mail; a contact matched by hand. */
let byCard: string;
let byPhone: string;
let byEmail: string;
let byHand: string;
/** Another branch's contact whose card number appears in the statement: never matched. */
let outside: string;

const IMPORT = `mutation($input: BankStatementInput!) { importBankStatement(input: $input) {
  encoding delimiter headers mapping { date amount payer purpose reference }
  rows { line date amountKopiyky payer purpose status matchedBy reason contact { id } }
  bankImportId paymentsCreated importedKopiyky } }`;

interface Result {
  encoding: string;
  delimiter: string;
  headers: string[];
  mapping: Record<string, string | null>;
  rows: { line: number; date: string | null; amountKopiyky: number | null; status: string; matchedBy: string | null; reason: string | null; contact: { id: string } | null }[];
  bankImportId: string | null;
  paymentsCreated: number;
  importedKopiyky: number;
}

/** A PrivatBank-style export: title lines above the table, `;`, comma decimals. */
function privatStatement(card: string, phone: string, email: string, outsideCard: string): string {
  return [
    'Виписка по рахунку UA213223130000026007233566001',
    'За період 01.03.2026 - 31.03.2026',
    '',
    'Дата операції;Сума;Валюта;Платник;Призначення платежу',
    `05.03.2026 10:15;500,00;UAH;Іваненко І.І.;Членський внесок, квиток ${card}`,
    `06.03.2026;"1 200,50";UAH;Петренко П.;"Внесок за березень, тел. ${phone}"`,
    `07.03.2026;300;UAH;Сидоренко;Внесок ${email}`,
    '08.03.2026;250,00;UAH;Невідомий;Внесок без даних',
    '09.03.2026;-150,00;UAH;Банк;Комісія банку',
    `10.03.2026;400,00;UAH;Чужий;Внесок ${outsideCard}`,
    '32.03.2026;100,00;UAH;Хтось;Помилкова дата',
    ';;;;Разом: 2500,50',
  ].join('\r\n');
}

const base64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');

async function importStatement(content: Buffer | string, input: Record<string, unknown> = {}) {
  const res = await server.gql<{ importBankStatement: Result }>(IMPORT, { input: { contentBase64: base64(content), fileName: 'statement.csv', dryRun: true, ...input } }, { token });
  return res;
}

async function paymentCount(): Promise<number> {
  const [row] = await execute<{ n: number }>(db.orm.em.fork(), 'select count(*)::int as n from dues_payment');
  return row.n;
}

beforeAll(async () => {
  db = await createFreshDatabase('bank_import');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2], 5, 'bi');
  const branch = tree.units[1];
  const mine = tree.contacts.filter((c) => c.unitId === branch.id);
  [byCard, byPhone, byEmail, byHand] = mine.map((c) => c.id);
  outside = tree.contacts.find((c) => c.unitId === tree.units[2].id)!.id;
  await execute(em, "update contact set card_number = 'UA-000123' where id = ?", [byCard]);
  await execute(em, "update contact set card_number = 'UA-000999' where id = ?", [outside]);
  token = (await createUserWithSession(em, { email: 'head@bi.test', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: branch.id }] })).token;
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('importBankStatement', () => {
  let statement: string;

  beforeAll(() => {
    const phone = mine(byPhone).phone.replace('+38', '').replace(/(\d{3})(\d{3})(\d{2})(\d{2})/, '$1 $2-$3-$4');
    statement = privatStatement('UA-000123', phone, mine(byEmail).email.toUpperCase(), 'UA-000999');
  });

  function mine(id: string) {
    return tree.contacts.find((c) => c.id === id)!;
  }

  it('reads the statement and matches each credit row, changing nothing on a dry run', async () => {
    const before = await paymentCount();
    const res = await importStatement(statement);
    expect(res.errors).toBeUndefined();
    const result = res.data!.importBankStatement;
    expect(result).toMatchObject({ encoding: 'utf-8', delimiter: ';', bankImportId: null, paymentsCreated: 0 });
    expect(result.mapping).toEqual({ date: 'Дата операції', amount: 'Сума', payer: 'Платник', purpose: 'Призначення платежу', reference: null });
    const rows = result.rows.map((r) => [r.line, r.date, r.amountKopiyky, r.status, r.matchedBy, r.reason, r.contact?.id ?? null]);
    expect(rows).toEqual([
      [5, '2026-03-05', 50_000, 'MATCHED', 'CARD', null, byCard],
      [6, '2026-03-06', 120_050, 'MATCHED', 'PHONE', null, byPhone],
      [7, '2026-03-07', 30_000, 'MATCHED', 'EMAIL', null, byEmail],
      [8, '2026-03-08', 25_000, 'UNMATCHED', null, 'dues:import.reason.noMatch', null],
      [9, '2026-03-09', -15_000, 'DEBIT', null, 'dues:import.reason.debit', null],
      [10, '2026-03-10', 40_000, 'UNMATCHED', null, 'dues:import.reason.noMatch', null],
      [11, null, 10_000, 'INVALID', null, 'dues:import.reason.dateInvalid', null],
    ]);
    expect(result.importedKopiyky).toBe(200_050);
    expect(await paymentCount()).toBe(before);
  });

  it('refuses a manual match outside the scope, and commits the matched rows in one go', async () => {
    const res = await importStatement(statement, {
      dryRun: false,
      manualMatches: [{ line: 8, contactId: byHand }, { line: 10, contactId: outside }],
    });
    expect(res.errors).toBeUndefined();
    const result = res.data!.importBankStatement;
    expect(result.paymentsCreated).toBe(4);
    expect(result.rows.find((r) => r.line === 8)).toMatchObject({ status: 'MATCHED', matchedBy: 'MANUAL', contact: { id: byHand } });
    expect(result.rows.find((r) => r.line === 10)).toMatchObject({ status: 'UNMATCHED', reason: 'dues:import.reason.notWritable' });
    expect(await balanceOf(db.orm.em.fork(), byPhone)).toBe(120_050);
    expect(await balanceOf(db.orm.em.fork(), byHand)).toBe(25_000);
    const em = db.orm.em.fork();
    const [record] = await execute<{ payments_created: number; encoding: string }>(em, 'select payments_created, encoding from bank_import where id = ?', [result.bankImportId]);
    expect(record).toEqual({ payments_created: 4, encoding: 'utf-8' });
    const [auditRow] = await execute<{ operation: string }>(em, 'select operation from audit_log where record_id = ?', [result.bankImportId]);
    expect(auditRow.operation).toBe('dues.bankImport.commit');
    const [timeline] = await execute<{ n: number }>(em, "select count(*)::int as n from contact_activity where kind = 'paid' and payload->>'bankImportId' = ?", [result.bankImportId]);
    expect(timeline.n).toBe(4);
    expect(await duesMismatches(em)).toEqual([]);
  });

  it('skips rows already imported: a second commit records nothing', async () => {
    const before = await paymentCount();
    const res = await importStatement(statement, { dryRun: false, manualMatches: [{ line: 8, contactId: byHand }] });
    const result = res.data!.importBankStatement;
    expect(result.rows.filter((r) => r.status === 'DUPLICATE').map((r) => r.line)).toEqual([5, 6, 7, 8]);
    expect(result).toMatchObject({ paymentsCreated: 0, bankImportId: null });
    expect(await paymentCount()).toBe(before);
  });

  it('reads a Windows-1251 export with commas, a chosen mapping, and leaves out excluded lines', async () => {
    const text = ['"Дата","Опис операції","Сума, грн","Номер документа"', '"12.03.2026","Внесок UA-000123","75,00","A-17"', '"13.03.2026","Внесок UA-000123","80.00","A-18"'].join('\n');
    const bytes = iconv.encode(text, 'win1251');
    const res = await importStatement(bytes, { mapping: { purpose: 'Опис операції' }, excludedLines: [3] });
    expect(res.errors).toBeUndefined();
    const result = res.data!.importBankStatement;
    expect(result).toMatchObject({ encoding: 'windows-1251', delimiter: ',' });
    expect(result.mapping).toMatchObject({ date: 'Дата', amount: 'Сума, грн', purpose: 'Опис операції', reference: 'Номер документа' });
    expect(result.rows.map((r) => [r.line, r.amountKopiyky, r.status])).toEqual([[2, 7500, 'MATCHED'], [3, 8000, 'EXCLUDED']]);
  });

  it('reports an unreadable file on the file field', async () => {
    const noHeader = await importStatement('just;some;text\n1;2;3');
    expect(noHeader.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'file', i18nKey: 'dues:import.error.noHeader' }] });
    const empty = await importStatement('');
    expect(empty.errors?.[0].extensions).toMatchObject({ fieldErrors: [{ field: 'file', i18nKey: 'dues:import.error.empty' }] });
    const wrongColumn = await importStatement(statement, { mapping: { amount: 'Немає' } });
    expect(wrongColumn.errors?.[0].extensions).toMatchObject({ fieldErrors: [{ field: 'file', i18nKey: 'dues:import.error.columnMissing', params: { column: 'Немає' } }] });
    const notBase64 = await server.gql(IMPORT, { input: { contentBase64: '%%%', dryRun: true } }, { token });
    expect(notBase64.errors?.[0].extensions).toMatchObject({ fieldErrors: [{ field: 'file', i18nKey: 'dues:import.error.notBase64' }] });
  });
});
