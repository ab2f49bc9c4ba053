import { randomUUID } from 'node:crypto';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactSearchDocument } from '@hromada/shared';
import { execute } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { csvOf, mapAndRun, uploadFile, xlsxOf } from '../../test-support/import-fixture';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { IMPORT_BATCH } from './import-run';
import { buildTree, createUserWithSession, insertContacts, type FixtureContact, type FixtureUnit } from '../../test-support/tree-fixture';

let db: FreshDatabase;
let server: TestServer;
let branch: FixtureUnit;
let otherBranch: FixtureUnit;
let head: string;
let mine: FixtureContact;
let theirs: FixtureContact;

const HEADERS = ['Прізвище', "Ім'я", 'Телефон', 'Email', 'Дата народження'];
const MAPPING = ['LAST_NAME', 'FIRST_NAME', 'PHONE', 'EMAIL', 'BIRTH_DATE'];
const ERRORS = `query($id: ID!) { contactImport(id: $id) { rows(outcome: ERROR, first: 50) { totalCount edges { node { row outcome errors { field column header i18nKey params value } } } } } }`;

const one = async <T>(sql: string, params: unknown[] = []) => (await execute<T>(db.orm.em.fork(), sql, params))[0];

/** Everything an import could change: contacts (every column), timeline, audit, unit counters. */
async function snapshot() {
  return one<Record<string, string>>(`select
    (select md5(coalesce(string_agg(c::text, '|' order by c.id), '')) from contact c) as contacts,
    (select count(*) from contact_activity) as activities,
    (select count(*) from audit_log where operation not like 'contactImport.%') as audits,
    (select md5(coalesce(string_agg(k::text, '|' order by k.org_unit_id), '')) from org_unit_counter k) as counters`);
}

async function upload(name: string, bytes: Uint8Array): Promise<string> {
  const res = await uploadFile(server, name, bytes, { token: head });
  if (res.status !== 201) throw new Error(`upload refused: ${JSON.stringify(res.body)}`);
  return res.body.id!;
}

const contactsNamed = (lastName: string) =>
  execute<{ id: string; org_unit_id: string; first_name: string; phones: string[]; emails: string[]; birth_date: string | null; gender: string | null; version: number; search_doc: string }>(
    db.orm.em.fork(),
    'select id, org_unit_id, first_name, phones, emails, birth_date::text as birth_date, gender, version, search_doc from contact where last_name = ? order by first_name',
    [lastName],
  );

beforeAll(async () => {
  db = await createFreshDatabase('import_run');
  const em = db.orm.em.fork();
  const tree = await buildTree(em, [1, 1, 2], 0, 'ir');
  [branch, otherBranch] = tree.units.filter((u) => u.kind === 'branch');
  mine = { id: randomUUID(), unitId: branch.id, path: branch.path, lastName: 'Існуючий', firstName: 'Петро', phone: '+380671000001', email: 'petro@ukr.net' };
  theirs = { id: randomUUID(), unitId: otherBranch.id, path: otherBranch.path, lastName: 'Чужий', firstName: 'Андрій', phone: '+380672000002', email: 'andrii@ukr.net' };
  await insertContacts(em, [mine, theirs]);
  head = (await createUserWithSession(em, { email: 'head@ir.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: branch.id }] })).token;
  server = await startTestServer(db.orm, { runJobs: true });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('check (dry run)', () => {
  it('decides every row and lists every error, changing nothing', async () => {
    const before = await snapshot();
    const id = await upload('check.csv', Buffer.from(csvOf([
      HEADERS,
      ['Новенька', 'Ольга', '050 123 45 67', 'olha@ukr.net', '01.02.1990'],
      ['Існуючий', 'Петро', '067 100 00 01', 'petro.new@ukr.net', ''],
      ['Поганий', 'Телефон', '12345', 'not-mail', '01.01.2099'],
      ['', 'Безпрізвищний', '', '', ''],
      ['Схожий', 'На чужого', '067 200 00 02', '', ''],
    ])));
    const { task, contactImport } = await mapAndRun(server, head, id, MAPPING, { targetOrgUnitId: branch.id }, true);
    expect(task.status).toBe('succeeded');
    expect(contactImport).toMatchObject({ status: 'CHECKED', dryRun: true, counts: { total: 5, created: 2, updated: 1, skipped: 0, errors: 2 } });
    expect(await snapshot()).toEqual(before);

    const errors = await server.gql<{ contactImport: { rows: { totalCount: number; edges: { node: { row: number; errors: Record<string, unknown>[] } }[] } } }>(ERRORS, { id }, { token: head });
    const rows = errors.data!.contactImport.rows;
    expect(rows.totalCount).toBe(2);
    expect(rows.edges.map((e) => e.node.row)).toEqual([4, 5]);
    expect(rows.edges[0].node.errors).toEqual(expect.arrayContaining([
      { field: 'phone', column: 2, header: 'Телефон', i18nKey: 'errors:phoneInvalid', params: { value: '12345' }, value: '12345' },
      { field: 'email', column: 3, header: 'Email', i18nKey: 'errors:emailInvalidValue', params: { value: 'not-mail' }, value: 'not-mail' },
      { field: 'birthDate', column: 4, header: 'Дата народження', i18nKey: 'errors:birthDateInFuture', params: {}, value: '01.01.2099' },
    ]));
    expect(rows.edges[1].node.errors).toEqual([{ field: 'lastName', column: 0, header: 'Прізвище', i18nKey: 'errors:fieldRequired', params: {}, value: null }]);

    // The row matching a contact in another branch is a new contact: that one is not even hinted at.
    const all = await server.gql<{ contactImport: { rows: { edges: { node: { row: number; outcome: string; contactId: string | null } }[] } } }>(
      'query($id: ID!) { contactImport(id: $id) { rows(first: 10) { edges { node { row outcome contactId } } } } }', { id }, { token: head });
    expect(all.data!.contactImport.rows.edges.map((e) => e.node)).toEqual([
      { row: 2, outcome: 'CREATED', contactId: null },
      { row: 3, outcome: 'UPDATED', contactId: mine.id },
      { row: 4, outcome: 'ERROR', contactId: null },
      { row: 5, outcome: 'ERROR', contactId: null },
      { row: 6, outcome: 'CREATED', contactId: null },
    ]);
  });
});

describe('import', () => {
  it('imports a Windows-1251 CSV with the Cyrillic intact and searchable, with timeline, counters and one audit row', async () => {
    const before = await one<{ n: number }>('select direct_contacts as n from org_unit_counter where org_unit_id = ?', [branch.id]);
    const csv = csvOf([HEADERS, ['Ґалаґан', 'Їжачок', '063 555 44 33', 'yizhak@ukr.net', '1985-05-05'], ['Щербань', 'Євгенія', '093 111 22 33', '', '']]);
    const id = await upload('legacy-1251.csv', iconv.encode(csv, 'windows-1251'));
    const { contactImport } = await mapAndRun(server, head, id, MAPPING, { targetOrgUnitId: branch.id }, false);
    expect(contactImport).toMatchObject({ status: 'IMPORTED', dryRun: false, counts: { total: 2, created: 2, updated: 0, errors: 0 } });
    const [galagan] = await contactsNamed('Ґалаґан');
    expect(galagan).toMatchObject({ first_name: 'Їжачок', org_unit_id: branch.id, phones: ['+380635554433'], emails: ['yizhak@ukr.net'], birth_date: '1985-05-05', version: 1 });
    const search = await server.gql<{ contacts: { edges: { node: { id: string; displayName: string } }[] } }>(
      '{ contacts(search: "ґалаґ") { edges { node { id displayName } } } }', {}, { token: head });
    expect(search.data?.contacts.edges.map((e) => e.node)).toEqual([{ id: galagan.id, displayName: 'Ґалаґан Їжачок' }]);
    const byPhone = await server.gql<{ contacts: { totalCount: number } }>('{ contacts(search: "093 111 22 33") { totalCount } }', {}, { token: head });
    expect(byPhone.data?.contacts.totalCount).toBe(1);
    const activity = await one<{ kind: string; payload: Record<string, string> }>('select kind, payload from contact_activity where contact_id = ?', [galagan.id]);
    expect(activity).toEqual({ kind: 'imported', payload: { fileName: 'legacy-1251.csv', importId: id } });
    const audits = await execute<{ after: Record<string, unknown> }>(db.orm.em.fork(), `select after from audit_log where operation = 'contact.import' and record_id = ?`, [id]);
    expect(audits).toEqual([{ after: expect.objectContaining({ fileName: 'legacy-1251.csv', created: 2, updated: 0, errors: 0 }) }]);
    expect((await one<{ n: number }>('select direct_contacts as n from org_unit_counter where org_unit_id = ?', [branch.id])).n).toBe(before.n + 2);
    expect(await one('select bytes from contact_import where id = ?', [id])).toEqual({ bytes: null });
  });

  it('imports an XLSX workbook: Excel dates, numeric phones, full names to split, gender words and tags', async () => {
    const id = await upload('book.xlsx', await xlsxOf([
      ['ПІБ', 'Мобільний', 'Стать', 'Дата народження', 'Теги'],
      ['Франко Іван Якович', 380671112233, 'ч', new Date(Date.UTC(1956, 7, 27)), 'письменник, Львів'],
      ['Косач Лариса Петрівна', '050 222 33 44', 'жін.', '25.02.1971', ''],
    ]));
    const { contactImport } = await mapAndRun(server, head, id, ['FULL_NAME', 'PHONE', 'GENDER', 'BIRTH_DATE', 'TAGS'], { targetOrgUnitId: branch.id }, false);
    expect(contactImport.counts).toMatchObject({ total: 2, created: 2, errors: 0 });
    const franko = await one<Record<string, unknown>>(`select first_name, patronymic, phones, gender, birth_date::text as birth_date, tags, sort_name from contact where last_name = 'Франко'`);
    expect(franko).toEqual({ first_name: 'Іван', patronymic: 'Якович', phones: ['+380671112233'], gender: 'male', birth_date: '1956-08-27', tags: ['письменник', 'Львів'], sort_name: 'Франко Іван Якович' });
  });

  it('all or nothing: one bad row and nothing is written; the report says why', async () => {
    const before = await snapshot();
    const id = await upload('strict.csv', Buffer.from(csvOf([HEADERS, ['Добрий', 'Рядок', '067 777 66 55', '', ''], ['Поганий', 'Рядок', '1', '', '']])));
    const { task, contactImport } = await mapAndRun(server, head, id, MAPPING, { targetOrgUnitId: branch.id, errorMode: 'ALL_OR_NOTHING' }, false);
    expect(task).toMatchObject({ status: 'failed', errorKey: 'imports:error.allOrNothingRejected' });
    expect(contactImport).toMatchObject({ status: 'FAILED', errorKey: 'imports:error.allOrNothingRejected', errorParams: { count: 1 }, counts: { total: 2, created: 0, updated: 0, skipped: 1, errors: 1 } });
    expect(await snapshot()).toEqual(before);
    const report = await (await fetch(`${server.url}${contactImport.reportUrl}?lang=en`, { headers: { authorization: `Bearer ${head}` } })).text();
    expect(report.split('\r\n').slice(1, 3)).toEqual(['2,Skipped,,', '3,Error,,"Телефон: “1” is not a phone number. Enter it with the area code, e.g. 067 123 45 67 or +48 512 345 678."']);
  });

  it('skip bad rows: the good rows are written, the bad reported', async () => {
    const id = await upload('lenient.csv', Buffer.from(csvOf([HEADERS, ['Добрий', 'Перший', '067 777 66 55', '', ''], ['Поганий', 'Другий', '1', '', ''], ['Добрий', 'Третій', '', 'third@ukr.net', '']])));
    const { task, contactImport } = await mapAndRun(server, head, id, MAPPING, { targetOrgUnitId: branch.id }, false);
    expect(task.status).toBe('succeeded');
    expect(contactImport.counts).toMatchObject({ total: 3, created: 2, errors: 1 });
    expect((await contactsNamed('Добрий')).map((c) => c.first_name)).toEqual(['Перший', 'Третій']);
    expect(await contactsNamed('Поганий')).toEqual([]);
  });

  it('updates a matching contact only in write scope: new details are added, a match elsewhere makes a new contact', async () => {
    const id = await upload('update.csv', Buffer.from(csvOf([
      HEADERS,
      ['Існуючий', 'Петро', '+380671000001', 'petro.work@ukr.net', '1970-01-01'],
      ['Чужий', 'Андрій', '0672000002', '', ''],
      ['Існуючий', 'Петро', '', 'petro.work@ukr.net', ''],
    ])));
    const { contactImport } = await mapAndRun(server, head, id, MAPPING, { targetOrgUnitId: branch.id }, false);
    expect(contactImport.counts).toMatchObject({ total: 3, created: 1, updated: 1, skipped: 1, errors: 0 });
    const [petro] = await contactsNamed('Існуючий');
    expect(petro).toMatchObject({ id: mine.id, emails: ['petro@ukr.net', 'petro.work@ukr.net'], birth_date: '1970-01-01', version: 2 });
    expect(petro.search_doc).toBe(contactSearchDocument({ lastName: 'Існуючий', firstName: 'Петро', emails: petro.emails, phones: petro.phones }));
    const strangers = await contactsNamed('Чужий');
    expect(strangers.find((c) => c.id === theirs.id)).toMatchObject({ version: 1, org_unit_id: otherBranch.id });
    expect(strangers.filter((c) => c.id !== theirs.id)).toMatchObject([{ org_unit_id: branch.id, phones: ['+380672000002'] }]);
    const events = await execute<{ kind: string }>(db.orm.em.fork(), 'select kind from contact_activity where contact_id = ?', [mine.id]);
    expect(events).toEqual([{ kind: 'imported' }]);
  });

  it('two rows for one new person make one contact: the second updates what the first created', async () => {
    const id = await upload('twice.csv', Buffer.from(csvOf([HEADERS, ['Двічі', 'Марко', '067 333 22 11', '', ''], ['Двічі', 'Марко', '067 333 22 11', 'marko@ukr.net', '']])));
    const { contactImport } = await mapAndRun(server, head, id, MAPPING, { targetOrgUnitId: branch.id }, false);
    expect(contactImport.counts).toMatchObject({ created: 1, updated: 1 });
    expect(await contactsNamed('Двічі')).toMatchObject([{ phones: ['+380673332211'], emails: ['marko@ukr.net'], version: 1 }]);
  });

  it('rows that change one contact in one batch and again in the next all land, each batch over the version the last one left', async () => {
    const filler = Array.from({ length: IMPORT_BATCH }, (_, i) => ['Наповнювач', `Рядок${i}`, '', '', '']);
    const id = await upload('batches.csv', Buffer.from(csvOf([
      HEADERS,
      ['Існуючий', 'Петро', '+380671000001', 'first.batch@ukr.net', ''],
      ['Існуючий', 'Петро', '+380671000001', 'first.again@ukr.net', ''],
      ...filler,
      ['Існуючий', 'Петро', '+380671000001', 'second.batch@ukr.net', ''],
    ])));
    const before = (await contactsNamed('Існуючий'))[0];
    const { contactImport } = await mapAndRun(server, head, id, MAPPING, { targetOrgUnitId: branch.id }, false);
    expect(contactImport.counts).toMatchObject({ updated: 3, created: IMPORT_BATCH, errors: 0 });
    const [after] = await contactsNamed('Існуючий');
    expect(after.version).toBe(before.version + 2);
    expect(after.emails.slice(-3)).toEqual(['first.batch@ukr.net', 'first.again@ukr.net', 'second.batch@ukr.net']);
  });

  it('writes the report in the reader’s language: every row, its outcome, contact and problems', async () => {
    const id = await upload('report.csv', Buffer.from(csvOf([HEADERS, ['Звітний', 'Іван', '067 444 55 66', '', ''], ['Звітний', 'Без', '', 'bad@', '01.01.2099']])));
    const { contactImport } = await mapAndRun(server, head, id, MAPPING, { targetOrgUnitId: branch.id }, false);
    const [created] = await contactsNamed('Звітний');
    const res = await fetch(`${server.url}${contactImport.reportUrl}?lang=uk`, { headers: { authorization: `Bearer ${head}` } });
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('report-звіт.csv'));
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')).toEqual([
      'Рядок;Результат;ID контакту;Проблеми',
      `2;Створено;${created.id};`,
      '3;Помилка;;"Дата народження: Дата народження не може бути в майбутньому. (01.01.2099); Email: «bad@» — недійсна адреса електронної пошти."',
      '',
    ]);
    const english = await (await fetch(`${server.url}${contactImport.reportUrl}`, { headers: { authorization: `Bearer ${head}`, 'accept-language': 'en-GB' } })).text();
    expect(english).toContain('Row,Outcome,Contact ID,Problems');
  });

  it('refuses to run an imported file again, or to run without a mapping', async () => {
    const id = await upload('once.csv', Buffer.from(csvOf([['Прізвище', "Ім'я", 'Щось інше'], ['Один', 'Раз', '']])));
    const noMapping = await server.gql('mutation($id: ID!) { runContactImport(id: $id, dryRun: false) { id } }', { id }, { token: head });
    expect(noMapping.errors?.[0].extensions).toMatchObject({ i18nKey: 'imports:error.mappingNotSet' });
    await mapAndRun(server, head, id, ['LAST_NAME', 'FIRST_NAME', 'IGNORE'], { targetOrgUnitId: branch.id }, false);
    const again = await server.gql('mutation($id: ID!) { runContactImport(id: $id, dryRun: false) { id } }', { id }, { token: head });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', i18nKey: 'imports:error.alreadyImported' });
  });
});
