import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../platform/db/sql';
import { SESSION_COOKIE } from '../../platform/auth/session-token';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { setContactAttributes } from '../../test-support/contact-attributes';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, insertContacts, type FixtureUnit, type Tree } from '../../test-support/tree-fixture';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let national: string;
let branchHead: string;
let groupId: string;

const PREPARE = 'mutation($s: ContactSelectionInput!, $f: ExportFormat!) { prepareContactExport(selection: $s, format: $f) { url expiresAt } }';
const unit = (path: string): FixtureUnit => tree.units.find((u) => u.path === path)!;
const under = (path: string) => tree.contacts.filter((c) => c.path === path || c.path.startsWith(`${path}.`));
const rows = <T>(sql: string, params: unknown[] = []) => execute<T>(db.orm.em.fork(), sql, params);

async function ticket(selection: Record<string, unknown>, format: 'CSV' | 'XLSX', token: string, language = 'uk'): Promise<string> {
  const res = await server.gql<{ prepareContactExport: { url: string } }>(PREPARE, { s: selection, f: format }, { token, headers: { 'accept-language': language } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.prepareContactExport.url;
}

const download = (url: string, token: string, init: RequestInit = {}) => fetch(`${server.url}${url}`, { ...init, headers: { authorization: `Bearer ${token}` } });

/** The CSV as rows of fields (the fixture has no quoted line breaks except where a test puts them). */
function parseCsv(text: string): string[][] {
  return text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((line) => line.split(';'));
}

beforeAll(async () => {
  db = await createFreshDatabase('contact_export');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2, 2], 2, 'ex');
  for (const c of tree.contacts) await setContactAttributes(em, c.id, { tags: ['експорт'], duesBalance: -15050, birthDate: '1990-02-03' });
  national = (await createUserWithSession(em, { email: 'national@ex.org', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: unit('ex').id }] })).token;
  branchHead = (await createUserWithSession(em, { email: 'head@ex.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: unit('ex.r1.d1').id }] })).token;
  server = await startTestServer(db.orm);
  const group = await server.gql<{ createContactGroup: { id: string } }>(
    'mutation($i: ContactGroupCreateInput!) { createContactGroup(input: $i) { id } }',
    { i: { name: 'Експорт', kind: 'SMART', orgUnitId: unit('ex').id, filter: { tagsAny: ['експорт'] } } },
    { token: national },
  );
  groupId = group.data!.createContactGroup.id;
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('CSV export', () => {
  it('writes only the rows in scope of a national group, Excel-ready, with the header in the user language, and audits it', async () => {
    const url = await ticket({ groupId }, 'CSV', branchHead);
    expect(url).toMatch(/^\/api\/export\/contacts\?ticket=[\w-]+$/);
    const res = await download(url, branchHead);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="contacts-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const [header, ...data] = parseCsv(text);
    expect(header.slice(0, 3)).toEqual(['ID', 'Прізвище', 'Ім’я']);
    const expected = under('ex.r1.d1');
    expect(data.map((r) => r[0]).sort()).toEqual(expected.map((c) => c.id).sort());
    const column = (name: string) => header.indexOf(name);
    expect(data[0][column('Баланс внесків (грн)')]).toBe('-150,50');
    expect(data[0][column('Дата народження')]).toBe('1990-02-03');
    expect(data[0][column('Мітки')]).toBe('експорт');
    expect(data[0][column('Підрозділ')]).toBe(unit('ex.r1.d1').nameUk);
    expect(data[0][column('Регіон')]).toBe(unit('ex.r1').nameUk);
    // The audit row is written once the last byte is sent, so it may land just after the body.
    await expect
      .poll(async () => (await rows<{ after: Record<string, unknown> }>(`select after from audit_log where operation = 'contact.export' order by id desc limit 1`))[0]?.after, { timeout: 5_000 })
      .toMatchObject({ rows: expected.length, format: 'csv', status: 'completed', selection: { kind: 'group', groupId } });
  });

  it('guards cells Excel would run as formulas and quotes separators and line breaks', async () => {
    const d2 = unit('ex.r1.d2');
    const odd = { id: randomUUID(), unitId: d2.id, path: d2.path, lastName: '=HYPERLINK("x")', firstName: 'А; Б', phone: '+380671112233', email: 'odd@ex.org' };
    await insertContacts(db.orm.em.fork(), [odd]);
    await execute(db.orm.em.fork(), `update contact set notes = ? where id = ?`, ['рядок 1\nрядок 2', odd.id]);
    const text = await (await download(await ticket({ contactIds: [odd.id] }, 'CSV', national, 'en'), national)).text();
    const [header, line] = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header.split(';').slice(0, 5)).toEqual(['ID', 'Last name', 'First name', 'Patronymic', 'Phones']);
    expect(line).toContain(`;"'=HYPERLINK(""x"")";"А; Б";;'+380671112233;odd@ex.org;`);
    expect(line).toContain('"рядок 1\nрядок 2"');
  });
});

describe('XLSX export', () => {
  it('writes typed cells: text stays text, money is a number, dates are dates', async () => {
    const res = await download(await ticket({ list: { orgUnitId: unit('ex.r2').id } }, 'XLSX', national, 'en'), national);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from(Buffer.from(await res.arrayBuffer())));
    const sheet = workbook.getWorksheet('Contacts')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 2)).toEqual(['ID', 'Last name']);
    expect(sheet.rowCount).toBe(1 + under('ex.r2').length);
    const row = sheet.getRow(2);
    const cell = (name: string) => row.getCell(header.indexOf(name) + 1).value;
    expect(cell('Phones')).toMatch(/^\+38067\d{7}$/);
    expect(cell('Dues balance (UAH)')).toBe(-150.5);
    expect(cell('Date of birth')).toEqual(new Date(Date.UTC(1990, 1, 3)));
    expect(cell('Region')).toBe(unit('ex.r2').nameEn);
  });
});

describe('download tickets', () => {
  it('work once, only for the user they were issued to, and not after they expire', async () => {
    const url = await ticket({ list: {} }, 'CSV', branchHead);
    expect((await download(url, national)).status).toBe(404);
    expect((await fetch(`${server.url}${url}`)).status).toBe(401);
    expect((await download(url, branchHead)).status).toBe(200);
    expect((await download(url, branchHead)).status).toBe(404);
    const late = await ticket({ list: {} }, 'CSV', branchHead);
    await execute(db.orm.em.fork(), `update contact_export set expires_at = now() - interval '1 second' where status = 'ready'`);
    expect((await download(late, branchHead)).status).toBe(404);
    expect((await download('/api/export/contacts?ticket=forged-ticket-value-000000', branchHead)).status).toBe(404);
  });

  it('accept the session cookie as GraphQL does', async () => {
    const url = await ticket({ list: {} }, 'CSV', branchHead);
    const res = await fetch(`${server.url}${url}`, { headers: { cookie: `${SESSION_COOKIE}=${encodeURIComponent(branchHead)}` } });
    expect(res.status).toBe(200);
  });

  it('are only issued for selections that make sense now', async () => {
    const res = await server.gql(PREPARE, { s: { groupId: randomUUID() }, f: 'CSV' }, { token: national });
    expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

describe('an export cut short', () => {
  it('is audited as failed with the rows written before the receiver went away', async () => {
    const big = unit('ex.r2.d2');
    const many = Array.from({ length: 12_000 }, (_, i) => ({
      id: randomUUID(), unitId: big.id, path: big.path, lastName: `Багато ${String(i).padStart(5, '0')}`, firstName: 'Х', phone: '+380670000000', email: `b${i}@ex.org`,
    }));
    await insertContacts(db.orm.em.fork(), many);
    const url = await ticket({ list: { orgUnitId: big.id } }, 'CSV', national);
    const controller = new AbortController();
    const res = await download(url, national, { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    let audit: { after: Record<string, unknown> } | undefined;
    for (let i = 0; i < 100 && !audit; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      [audit] = await rows<{ after: Record<string, unknown> }>(`select after from audit_log where operation = 'contact.export' and after->>'status' = 'failed'`);
    }
    expect(audit?.after).toMatchObject({ status: 'failed', format: 'csv' });
    expect(Number(audit!.after.rows)).toBeGreaterThanOrEqual(0);
    expect(Number(audit!.after.rows)).toBeLessThan(12_000);
    const [record] = await rows<{ status: string; row_count: number }>(`select status, row_count from contact_export where status = 'failed'`);
    expect(record).toMatchObject({ status: 'failed', row_count: Number(audit!.after.rows) });
  });
});
