import { ACTIVITY_LIMITS, cleanText, type FieldProblem } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { unauthenticated, ValidationFailed } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/graphql/ids';
import { decodeCursor, invalidCursor, pageSize } from '../../platform/graphql/pagination';
import { ContactWriteService } from '../contacts/contact-write.service';
import { readActivity, type TimelinePosition } from './timeline.loaders';
import { recordTimelineEvent } from './timeline-events';
import type { ContactActivityPage, ContactActivityRecord } from './timeline.types';

export interface LoggedActivityInput {
  kind: 'call' | 'meeting' | 'note' | 'email';
  subject?: string | null;
  body?: string | null;
  occurredAt?: Date | null;
}

/** A contact's timeline: reading it (through a visible contact only) and logging to it. */
export class TimelineService {
  constructor(private readonly ctx: GraphQLContext) {}

  /** Newest first on (occurred_at desc, id desc); the contact is one the viewer already sees. */
  page(contactId: string, first: number | null | undefined, after: string | null | undefined): Promise<ContactActivityPage> {
    return this.ctx.loaders.timeline.page.load({ contactId, first: pageSize(first), after: after ? position(after) : null });
  }

  /** Logs a call, meeting, note or e-mail on a contact you may edit; every bad field at once. */
  async log(contactId: string, input: LoggedActivityInput): Promise<ContactActivityRecord> {
    if (!this.ctx.viewer) throw unauthenticated();
    const viewer = this.ctx.viewer;
    await new ContactWriteService(this.ctx).assertWritable(contactId);
    const { subject, body, occurredAt } = validate(input, new Date());
    const activityId = await this.ctx.em.transactional(async (em) => {
      const activity = recordTimelineEvent(em, { contactId, kind: input.kind, actorUserId: viewer.userId, subject, body, occurredAt });
      const after = { contactId, kind: input.kind, subject, body, occurredAt };
      audit(em, { actorUserId: viewer.userId, operation: 'contact.activity.log', recordType: 'ContactActivity', recordId: activity.id, after }, this.ctx);
      return activity.id;
    });
    const saved = await readActivity(this.ctx.em, activityId);
    if (!saved) throw new Error(`Logged activity ${activityId} was not found after commit`);
    return saved;
  }
}

function position(cursor: string): TimelinePosition {
  const [micros, id] = decodeCursor(cursor, 2);
  if (typeof micros !== 'string' || !/^-?\d{1,19}$/.test(micros) || typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
  return { micros, id };
}

export function validate(input: LoggedActivityInput, now: Date): { subject: string | null; body: string | null; occurredAt: Date } {
  const problems: FieldProblem[] = [];
  const subject = cleanText(input.subject);
  const body = (input.body ?? '').trim() || null;
  if (subject && subject.length > ACTIVITY_LIMITS.subject) problems.push({ field: 'subject', i18nKey: 'errors:fieldTooLong', params: { max: ACTIVITY_LIMITS.subject } });
  if (body && body.length > ACTIVITY_LIMITS.body) problems.push({ field: 'body', i18nKey: 'errors:fieldTooLong', params: { max: ACTIVITY_LIMITS.body } });
  if (!subject && !body) problems.push({ field: 'subject', i18nKey: 'errors:activityEmpty' });
  const occurredAt = input.occurredAt ?? now;
  if (Number.isNaN(occurredAt.getTime()) || occurredAt < new Date(ACTIVITY_LIMITS.earliest)) {
    problems.push({ field: 'occurredAt', i18nKey: 'errors:dateInvalid' });
  } else if (occurredAt.getTime() > now.getTime() + ACTIVITY_LIMITS.futureToleranceMs) {
    problems.push({ field: 'occurredAt', i18nKey: 'errors:activityInFuture' });
  }
  if (problems.length > 0) throw new ValidationFailed(problems);
  return { subject, body, occurredAt };
}
