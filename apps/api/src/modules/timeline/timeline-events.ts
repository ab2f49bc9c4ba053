import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActivityKind } from '@hromada/shared';
import { ContactActivity } from './contact-activity.entity';

export interface TimelineEvent {
  contactId: string;
  kind: ActivityKind;
  actorUserId: string | null;
  subject?: string | null;
  body?: string | null;
  payload?: Record<string, unknown> | null;
  occurredAt?: Date;
}

/** Adds a timeline entry to the unit of work of `em`: written with the change it records. */
export function recordTimelineEvent(em: EntityManager, event: TimelineEvent): ContactActivity {
  const activity = em.create(ContactActivity, {
    id: randomUUID(),
    contactId: event.contactId,
    kind: event.kind,
    subject: event.subject ?? null,
    body: event.body ?? null,
    payload: event.payload ?? null,
    actorUserId: event.actorUserId,
    occurredAt: event.occurredAt ?? new Date(),
  } as ContactActivity);
  em.persist(activity);
  return activity;
}
