import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger';
import { BackgroundTask } from './background-task.entity';

/** One run of a background task, as its handler sees it. */
export interface TaskRun {
  id: string;
  params: Record<string, unknown>;
  createdBy: string | null;
  orm: MikroORM;
  log: Logger;
  /** Records progress for the progress bar; cheap to call per row: it writes at most every 250 ms. */
  progress(done: number, total?: number | null): Promise<void>;
}

export type TaskHandler = (run: TaskRun) => Promise<Record<string, unknown>>;

/** A failure the user should read: an i18n key, not a stack trace. */
export class TaskFailure extends Error {
  constructor(readonly i18nKey: string, message: string) {
    super(message);
  }
}

const PROGRESS_EVERY_MS = 250;
const SCHEMA = 'pgboss';

/**
 * pg-boss on the application's own database, with a `background_task` row per job that users
 * poll for progress. Handlers are registered before `start`; workers run only where
 * `runWorkers` (every `npm start` process; tests opt in).
 */
export class JobQueue {
  private boss: PgBoss | null = null;
  private readonly handlers = new Map<string, TaskHandler>();

  constructor(
    private readonly orm: MikroORM,
    private readonly log: Logger,
  ) {}

  register(kind: string, handler: TaskHandler): void {
    if (this.handlers.has(kind)) throw new Error(`Task kind ${kind} registered twice`);
    this.handlers.set(kind, handler);
  }

  async start(runWorkers: boolean): Promise<void> {
    const connectionString = this.orm.config.get('clientUrl');
    const boss = new PgBoss({ connectionString, schema: SCHEMA, max: 4 });
    boss.on('error', (error) => this.log.error({ err: error }, 'job queue error'));
    await boss.start();
    this.boss = boss;
    for (const [kind, handler] of this.handlers) {
      await boss.createQueue(kind);
      if (runWorkers) {
        await boss.work<{ taskId?: string; params?: Record<string, unknown> }>(kind, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
          const taskId = job.data.taskId ?? (await this.createTask(kind, job.data.params ?? {}, null));
          await this.run(taskId, handler);
        });
      }
    }
  }

  /** Records the task and queues it; returns the task id the UI polls. */
  async enqueue(kind: string, params: Record<string, unknown>, createdBy: string | null): Promise<string> {
    const boss = this.started(kind);
    const taskId = await this.createTask(kind, params, createdBy);
    await boss.send(kind, { taskId }, { retryLimit: 0, expireInSeconds: 4 * 3600 });
    return taskId;
  }

  /** Runs `kind` on a cron schedule in the organization's zone (e.g. dues charges monthly). */
  async schedule(kind: string, cron: string, params: Record<string, unknown>, timeZone: string): Promise<void> {
    await this.started(kind).schedule(kind, cron, { params }, { tz: timeZone, retryLimit: 2 });
  }

  async stop(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 10_000 });
    this.boss = null;
  }

  private started(kind: string): PgBoss {
    if (!this.handlers.has(kind)) throw new Error(`Unknown task kind ${kind}`);
    if (!this.boss) throw new Error('The job queue is not running');
    return this.boss;
  }

  private async createTask(kind: string, params: Record<string, unknown>, createdBy: string | null): Promise<string> {
    const em = this.orm.em.fork();
    const id = randomUUID();
    await em.persist(em.create(BackgroundTask, { id, kind, params, createdBy } as BackgroundTask)).flush();
    return id;
  }

  private async run(taskId: string, handler: TaskHandler): Promise<void> {
    const em = this.orm.em.fork();
    const task = await em.findOneOrFail(BackgroundTask, taskId);
    task.status = 'running';
    task.startedAt = new Date();
    await em.flush();
    let lastWrite = 0;
    const log = this.log.child({ taskId, kind: task.kind });
    const run: TaskRun = {
      id: taskId,
      params: task.params,
      createdBy: task.createdBy,
      orm: this.orm,
      log,
      progress: async (done, total) => {
        task.done = done;
        if (total !== undefined) task.total = total;
        if (Date.now() - lastWrite < PROGRESS_EVERY_MS) return;
        lastWrite = Date.now();
        await em.flush();
      },
    };
    try {
      task.result = await handler(run);
      task.status = 'succeeded';
      if (task.total !== null) task.done = task.total;
    } catch (error) {
      task.status = 'failed';
      task.errorKey = error instanceof TaskFailure ? error.i18nKey : 'errors:taskFailed';
      log.error({ err: error }, 'task failed');
    }
    task.finishedAt = new Date();
    await em.flush();
  }
}
