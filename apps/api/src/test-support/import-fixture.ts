import ExcelJS from 'exceljs';
import type { TestServer } from './test-server';

export interface UploadResponse {
  status: number;
  body: {
    id?: string;
    format?: string;
    encoding?: string | null;
    delimiter?: string | null;
    headers?: string[];
    sample?: string[][];
    rowCount?: number;
    error?: { code: string; i18nKey: string; params: Record<string, unknown>; message: string };
  };
}

/** Posts a file to the upload endpoint as the web app does (raw body, name in the query). */
export async function uploadFile(
  server: TestServer,
  name: string,
  bytes: Uint8Array,
  options: { token?: string; cookie?: string; headers?: Record<string, string> } = {},
): Promise<UploadResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  const res = await fetch(`${server.url}/api/imports?name=${encodeURIComponent(name)}`, { method: 'POST', headers, body: bytes });
  return { status: res.status, body: (await res.json()) as UploadResponse['body'] };
}

/** An XLSX workbook with one sheet of these rows (the first is the header). */
export async function xlsxOf(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Контакти');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A CSV text from rows, `;`-separated, quoting what needs it. */
export function csvOf(rows: string[][], delimiter = ';'): string {
  const field = (value: string) => (/[;,"\r\n\t]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `${rows.map((row) => row.map(field).join(delimiter)).join('\r\n')}\r\n`;
}

const TASK = 'query($id: ID!) { backgroundTask(id: $id) { status done total errorKey result } }';

/** Waits for a background task to end; returns it as its starter sees it. */
export async function taskEnd(server: TestServer, taskId: string, token: string): Promise<{ status: string; done: number; total: number | null; errorKey: string | null; result: Record<string, unknown> | null }> {
  for (let i = 0; i < 600; i += 1) {
    const res = await server.gql<{ backgroundTask: { status: string; done: number; total: number | null; errorKey: string | null; result: Record<string, unknown> | null } | null }>(TASK, { id: taskId }, { token });
    const task = res.data?.backgroundTask;
    if (!task) throw new Error(`task ${taskId} not visible: ${JSON.stringify(res.errors)}`);
    if (task.status === 'succeeded' || task.status === 'failed') return task;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`task ${taskId} did not finish`);
}

export const IMPORT_FIELDS_QUERY = `id status rowCount headers sample mapping suggestedMapping mappingSource matchMode errorMode dryRun errorKey errorParams taskId reportUrl
  counts { total created updated skipped errors } targetOrgUnit { id }`;

const SET_MAPPING = `mutation($id: ID!, $mapping: [ImportField!]!, $options: ContactImportOptionsInput!) {
  setContactImportMapping(id: $id, mapping: $mapping, options: $options) { id status }
}`;
const RUN = 'mutation($id: ID!, $dryRun: Boolean!) { runContactImport(id: $id, dryRun: $dryRun) { id status taskId } }';

export interface ImportOptions {
  targetOrgUnitId?: string | null;
  matchMode?: 'UPDATE_MATCHING' | 'ALWAYS_CREATE';
  errorMode?: 'SKIP_BAD_ROWS' | 'ALL_OR_NOTHING';
}

/** Sets the mapping and options, runs a check or the import and waits for it; returns the import as it then is. */
export async function mapAndRun(server: TestServer, token: string, id: string, mapping: string[], options: ImportOptions, dryRun: boolean) {
  const set = await server.gql(SET_MAPPING, {
    id,
    mapping,
    options: { targetOrgUnitId: options.targetOrgUnitId ?? null, matchMode: options.matchMode ?? 'UPDATE_MATCHING', errorMode: options.errorMode ?? 'SKIP_BAD_ROWS' },
  }, { token });
  if (set.errors) throw new Error(`setContactImportMapping: ${JSON.stringify(set.errors)}`);
  const run = await server.gql<{ runContactImport: { taskId: string } }>(RUN, { id, dryRun }, { token });
  if (run.errors || !run.data) throw new Error(`runContactImport: ${JSON.stringify(run.errors)}`);
  const task = await taskEnd(server, run.data.runContactImport.taskId, token);
  const after = await server.gql<{ contactImport: Record<string, unknown> & { counts: Record<string, number> | null } }>(
    `query($id: ID!) { contactImport(id: $id) { ${IMPORT_FIELDS_QUERY} } }`, { id }, { token },
  );
  return { task, contactImport: after.data!.contactImport };
}
