import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { buildTree, createUserWithSession } from '../../test-support/tree-fixture';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { createLogger } from '../logging/logger';
import { JobQueue, TaskFailure } from './job-queue';

let db: FreshDatabase;
let queue: JobQueue;
let server: TestServer;
let token: string;
let otherToken: string;
let userId: string;

const TASK = 'query($id: ID!) { backgroundTask(id: $id) { id kind status done total result errorKey finishedAt } }';

async function finished(id: string, as = token): Promise<Record<string, unknown>> {
  for (let i = 0; i < 100; i += 1) {
    const res = await server.gql<{ backgroundTask: Record<string, unknown> | null }>(TASK, { id }, { token: as });
    const task = res.data?.backgroundTask;
    if (!task || task.status === 'succeeded' || task.status === 'failed') return task ?? {};
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('task did not finish');
}

beforeAll(async () => {
  db = await createFreshDatabase('job_queue');
  const em = db.orm.em.fork();
  const tree = await buildTree(em, [1], 0, 'jq');
  const user = await createUserWithSession(em, { email: 'jobs@jq.org', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] });
  token = user.token;
  userId = user.userId;
  otherToken = (await createUserWithSession(em, { email: 'other@jq.org', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] })).token;
  server = await startTestServer(db.orm);
  queue = new JobQueue(db.orm, createLogger('silent'));
  queue.register('count', async (run) => {
    const to = Number(run.params.to);
    for (let i = 1; i <= to; i += 1) await run.progress(i, to);
    return { counted: to };
  });
  queue.register('refuse', async () => {
    throw new TaskFailure('errors:importEncoding', 'broken file');
  });
  await queue.start(true);
}, 60_000);

afterAll(async () => {
  await queue?.stop();
  await server?.close();
  await db?.drop();
});

describe('JobQueue', () => {
  it('runs a task to the end and keeps its result and progress for its starter only', async () => {
    const id = await queue.enqueue('count', { to: 50 }, userId);
    const task = await finished(id);
    expect(task).toMatchObject({ id, kind: 'count', status: 'succeeded', done: 50, total: 50, result: { counted: 50 }, errorKey: null });
    expect(task.finishedAt).not.toBeNull();
    expect((await server.gql(TASK, { id }, { token: otherToken })).data).toEqual({ backgroundTask: null });
  });

  it('records a failure with its i18n key', async () => {
    const id = await queue.enqueue('refuse', {}, userId);
    expect(await finished(id)).toMatchObject({ status: 'failed', errorKey: 'errors:importEncoding', result: null });
  });

  it('refuses unknown kinds', async () => {
    await expect(queue.enqueue('nope', {}, userId)).rejects.toThrow('Unknown task kind nope');
  });
});
