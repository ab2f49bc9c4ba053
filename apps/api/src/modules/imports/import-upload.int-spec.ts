import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { csvOf, IMPORT_FIELDS_QUERY, uploadFile, xlsxOf } from '../../test-support/import-fixture';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, type Tree } from '../../test-support/tree-fixture';
import { MAX_IMPORT_BYTES } from './import-file-detect';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let head: string;
let otherHead: string;
let member: string;
let headSession: string;

const HEADERS = ['Прізвище', "Ім'я", 'Телефон', 'Email', 'Дата народження'];
const ROWS = [['Шевченко', 'Тарас', '067 123 45 67', 'taras@ukr.net', '09.03.1964'], ['Українка', 'Леся', '050 111 22 33', '', '25.02.1971']];
const IMPORT = `query($id: ID!) { contactImport(id: $id) { ${IMPORT_FIELDS_QUERY} } }`;

const count = async (sql: string) => Number((await execute<{ n: string }>(db.orm.em.fork(), sql))[0].n);
const stored = () => count('select count(*) as n from contact_import');

beforeAll(async () => {
  db = await createFreshDatabase('import_upload');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [1, 1, 2], 0, 'iu');
  const [branch, otherBranch] = tree.units.filter((u) => u.kind === 'branch');
  const headUser = await createUserWithSession(em, { email: 'head@iu.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: branch.id }] });
  head = headUser.token;
  headSession = `hromada_session=${encodeURIComponent(head)}`;
  otherHead = (await createUserWithSession(em, { email: 'other@iu.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: otherBranch.id }] })).token;
  member = (await createUserWithSession(em, { email: 'member@iu.org', assignments: [{ role: 'member', reach: 'UNIT', unitId: branch.id }] })).token;
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('upload', () => {
  it('reads a UTF-8 CSV: format, encoding, delimiter, headers, first rows, row count and a suggested mapping', async () => {
    const res = await uploadFile(server, 'люди.csv', Buffer.from(csvOf([HEADERS, ...ROWS]), 'utf8'), { token: head });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';', headers: HEADERS, rowCount: 2, sample: ROWS });
    const read = await server.gql<{ contactImport: Record<string, unknown> }>(IMPORT, { id: res.body.id }, { token: head });
    expect(read.data?.contactImport).toMatchObject({
      status: 'UPLOADED',
      mapping: ['LAST_NAME', 'FIRST_NAME', 'PHONE', 'EMAIL', 'BIRTH_DATE'],
      mappingSource: 'SUGGESTED',
      targetOrgUnit: { id: tree.units.find((u) => u.code === 'IU-1-1-1')!.id },
      dryRun: null,
      reportUrl: null,
    });
    const [auditRow] = await execute<{ operation: string; after: { fileName: string } }>(db.orm.em.fork(), `select operation, after from audit_log where record_id = ?`, [res.body.id]);
    expect(auditRow).toMatchObject({ operation: 'contactImport.upload', after: { fileName: 'люди.csv' } });
  });

  it('reads a Windows-1251 CSV with commas and an XLSX workbook', async () => {
    const legacy = await uploadFile(server, 'old.csv', iconv.encode(csvOf([HEADERS, ...ROWS], ','), 'windows-1251'), { token: head });
    expect(legacy.body).toMatchObject({ encoding: 'windows-1251', delimiter: ',', headers: HEADERS, sample: ROWS });
    const workbook = await uploadFile(server, 'book.xlsx', await xlsxOf([HEADERS, ['Франко', 'Іван', 380671112233, null, new Date(Date.UTC(1956, 7, 27))]]), { token: head });
    expect(workbook.body).toMatchObject({ format: 'xlsx', encoding: null, headers: HEADERS, rowCount: 1, sample: [['Франко', 'Іван', '380671112233', '', '1956-08-27']] });
  });

  it('refuses a wrong type, an empty file, broken text and a file over 50 MB, storing nothing', async () => {
    const before = await stored();
    const audits = await count('select count(*) as n from audit_log');
    const pdf = await uploadFile(server, 'list.pdf', Buffer.from('%PDF-1.4 …'), { token: head, headers: { 'accept-language': 'en' } });
    expect(pdf).toMatchObject({ status: 422, body: { error: { code: 'IMPORT_REFUSED', i18nKey: 'imports:error.wrongType' } } });
    expect(pdf.body.error?.message).toContain('not a CSV or XLSX');
    const empty = await uploadFile(server, 'empty.csv', Buffer.alloc(0), { token: head });
    expect(empty.body.error?.i18nKey).toBe('imports:error.fileEmpty');
    const broken = Buffer.concat([Buffer.from('Прізвище;Ім’я\nШевченко;Тарас\n', 'utf8'), Buffer.from([0xd0])]);
    const garbled = await uploadFile(server, 'broken.csv', broken, { token: head, headers: { 'accept-language': 'uk' } });
    expect(garbled).toMatchObject({ status: 422, body: { error: { i18nKey: 'imports:error.brokenEncoding' } } });
    expect(garbled.body.error?.message).toContain('пошкоджений');
    const fakeXlsx = await uploadFile(server, 'fake.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]), { token: head });
    expect(fakeXlsx.body.error?.i18nKey).toBe('imports:error.wrongType');
    const huge = await uploadFile(server, 'huge.csv', Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41), { token: head, headers: { 'accept-language': 'uk' } });
    expect(huge).toMatchObject({ status: 413, body: { error: { i18nKey: 'imports:error.fileTooLarge', params: { max: 50 } } } });
    expect(huge.body.error?.message).toBe('Файл більший за 50\u00a0МБ. Розділіть його на менші файли.');
    expect(await stored()).toBe(before);
    expect(await count('select count(*) as n from audit_log')).toBe(audits);
  });

  it('lets in only signed-in contact writers, and cookie uploads only with the CSRF header', async () => {
    const file = Buffer.from(csvOf([HEADERS, ...ROWS]));
    expect((await uploadFile(server, 'a.csv', file)).status).toBe(401);
    expect((await uploadFile(server, 'a.csv', file, { token: member })).body.error?.code).toBe('FORBIDDEN');
    expect((await uploadFile(server, 'a.csv', file, { cookie: headSession })).body.error?.code).toBe('CSRF');
    expect((await uploadFile(server, 'a.csv', file, { cookie: headSession, headers: { 'x-hromada-csrf': '1' } })).status).toBe(201);
  });

  it('applies the mapping saved for the same headers to the next file', async () => {
    const first = await uploadFile(server, 'a.csv', Buffer.from(csvOf([['ПІБ', 'Моб', 'Notes'], ['Шевченко Тарас', '0671234567', 'x']])), { token: head });
    const set = await server.gql(`mutation($id: ID!) {
      setContactImportMapping(id: $id, mapping: [FULL_NAME, PHONE, NOTES], options: { matchMode: ALWAYS_CREATE, errorMode: ALL_OR_NOTHING, targetOrgUnitId: null }) { id }
    }`, { id: first.body.id }, { token: head });
    expect(set.errors?.[0].extensions).toMatchObject({ fieldErrors: [{ field: 'targetOrgUnitId', i18nKey: 'imports:error.unitRequired' }] });
    const target = tree.units.find((u) => u.code === 'IU-1-1-1')!.id;
    const ok = await server.gql(`mutation($id: ID!, $unit: ID) {
      setContactImportMapping(id: $id, mapping: [FULL_NAME, PHONE, NOTES], options: { matchMode: ALWAYS_CREATE, errorMode: ALL_OR_NOTHING, targetOrgUnitId: $unit }) { id }
    }`, { id: first.body.id, unit: target }, { token: head });
    expect(ok.errors).toBeUndefined();
    const second = await uploadFile(server, 'b.csv', Buffer.from(csvOf([[' піб', 'МОБ', 'notes'], ['Косач Лариса', '0501112233', '']])), { token: head });
    const read = await server.gql<{ contactImport: { mapping: string[]; mappingSource: string } }>(IMPORT, { id: second.body.id }, { token: head });
    expect(read.data?.contactImport).toMatchObject({ mapping: ['FULL_NAME', 'PHONE', 'NOTES'], mappingSource: 'SAVED' });
    const saved = await server.gql<{ contactImportMappings: { totalCount: number; edges: { node: { mapping: string[] } }[] } }>(
      '{ contactImportMappings(first: 5) { totalCount edges { node { headers mapping } } } }', {}, { token: head });
    expect(saved.data?.contactImportMappings.edges.map((e) => e.node.mapping)).toContainEqual(['FULL_NAME', 'PHONE', 'NOTES']);
    const theirs = await server.gql<{ contactImportMappings: { totalCount: number } }>('{ contactImportMappings { totalCount } }', {}, { token: otherHead });
    expect(theirs.data?.contactImportMappings.totalCount).toBe(0);
  });

  it("keeps an import to its uploader: another user cannot read, change, run it or get its report", async () => {
    const mine = await uploadFile(server, 'mine.csv', Buffer.from(csvOf([HEADERS, ...ROWS])), { token: head });
    const id = mine.body.id!;
    expect((await server.gql(IMPORT, { id }, { token: otherHead })).data).toEqual({ contactImport: null });
    const list = await server.gql<{ contactImports: { edges: { node: { id: string } }[] } }>('{ contactImports(first: 50) { edges { node { id } } } }', {}, { token: otherHead });
    expect(list.data?.contactImports.edges.map((e) => e.node.id)).not.toContain(id);
    const run = await server.gql('mutation($id: ID!) { runContactImport(id: $id, dryRun: true) { id } }', { id }, { token: otherHead });
    expect(run.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const set = await server.gql(`mutation($id: ID!) {
      setContactImportMapping(id: $id, mapping: [LAST_NAME, FIRST_NAME, PHONE, EMAIL, BIRTH_DATE], options: { matchMode: UPDATE_MATCHING, errorMode: SKIP_BAD_ROWS }) { id }
    }`, { id }, { token: otherHead });
    expect(set.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const report = await fetch(`${server.url}/api/imports/${id}/report.csv`, { headers: { authorization: `Bearer ${otherHead}` } });
    expect(report.status).toBe(404);
    expect((await server.gql(IMPORT, { id }, { token: member })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const mineList = await server.gql<{ contactImports: { edges: { node: { id: string } }[] } }>('{ contactImports(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage } } }', {}, { token: head });
    expect(mineList.data?.contactImports.edges[0].node.id).toBe(id);
  });

  it('offers as import units only those the viewer may write to', async () => {
    const res = await server.gql<{ contactImportTargetUnits: { code: string }[] }>('{ contactImportTargetUnits { code } }', {}, { token: head });
    expect(res.data?.contactImportTargetUnits).toEqual([{ code: 'IU-1-1-1' }]);
    const none = await server.gql<{ contactImportTargetUnits: { code: string }[] }>('{ contactImportTargetUnits(search: "IU-1-1-2") { code } }', {}, { token: head });
    expect(none.data?.contactImportTargetUnits).toEqual([]);
  });
});
