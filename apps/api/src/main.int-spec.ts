import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, type FreshDatabase } from './test-support/fresh-database';

const MAIN = path.resolve(__dirname, '..', 'dist', 'main.js');
let db: FreshDatabase;

beforeAll(async () => {
  db = await createFreshDatabase('main');
  await db.orm.close(true);
});

afterAll(async () => {
  const { dropDatabase } = await import('./platform/db/database-url');
  await dropDatabase(db.url);
});

describe('the server process (built dist/main.js)', () => {
  it('serves, then on SIGTERM finishes what is in flight and exits 0', async () => {
    expect(fs.existsSync(MAIN), 'build the API first (npm test does)').toBe(true);
    const port = 42_000 + (process.pid % 2000);
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), HROMADA_SKIP_DEMO: '1', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    const deadline = Date.now() + 60_000;
    while (!output.includes('"msg":"listening"')) {
      if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'up' });

    const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGTERM');
    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(await exited).toBe(0);
    expect(output).toContain('"msg":"stopped"');
    const requestLog = output.split('\n').find((line) => line.includes('"msg":"request"') && line.includes('/healthz'));
    expect(JSON.parse(requestLog!)).toMatchObject({ level: 30, method: 'GET', status: 200, requestId: expect.any(String) });
    // A whole server start: migrations and the job queue's own schema on a fresh database.
  }, 90_000);
});
