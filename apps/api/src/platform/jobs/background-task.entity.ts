import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

export const TASK_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** A job as its user sees it; only the user who started it can read it. */
@Entity({ tableName: 'background_task' })
export class BackgroundTask {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'string', length: 16 })
  status: TaskStatus = 'queued';

  @Property({ type: 'integer' })
  done = 0;

  @Property({ type: 'integer', nullable: true })
  total: number | null = null;

  @Property({ type: 'json' })
  params: Record<string, unknown> = {};

  @Property({ type: 'json', nullable: true })
  result: Record<string, unknown> | null = null;

  /** Namespace-prefixed i18n key of what went wrong, for the user. */
  @Property({ type: 'string', length: 64, nullable: true })
  errorKey: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}
