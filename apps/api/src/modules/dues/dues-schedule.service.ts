import { randomUUID } from 'node:crypto';
import { calendarDateIn, DUES_LIMITS, isIsoDate, isMonthPeriod, type DuesPeriodKind, type FieldProblem, type MembershipType } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { execute } from '../../platform/db/sql';
import { forbidden, notFound, unauthenticated, ValidationFailed } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/graphql/ids';
import type { Grant } from '../../platform/auth/viewer';
import { DUES_CHARGES_TASK } from './dues-charges.task';
import type { DuesAccessType, DuesScheduleType } from './dues.types';

export interface DuesScheduleFields {
  membershipType: MembershipType;
  period: DuesPeriodKind;
  amountKopiyky: number;
  validFrom: string;
  validTo?: string | null;
}

interface ScheduleRow {
  id: string;
  membership_type: MembershipType;
  period: DuesPeriodKind;
  amount_kopiyky: string;
  currency: string;
  valid_from: string;
  valid_to: string | null;
}

const SCHEDULE_COLUMNS = `id, membership_type, period, amount_kopiyky::text as amount_kopiyky, currency, valid_from::text as valid_from, valid_to::text as valid_to`;
const EXCLUSION_VIOLATION = '23P01';

/**
 * The dues tariff and the charge run. Schedules apply to the whole organization, so only a
 * viewer whose dues write scope is the whole tree (a SUBTREE grant at a root unit) changes
 * them; anyone with dues write scope may start a charge run, which covers their scope only.
 */
export class DuesScheduleService {
  constructor(private readonly ctx: GraphQLContext) {}

  access(): DuesAccessType {
    const grants = this.ctx.viewer?.scope('dues', 'write').grants ?? [];
    return { canRecord: grants.length > 0, canManageSchedules: grants.some(isWholeTree) };
  }

  async list(): Promise<DuesScheduleType[]> {
    const rows = await execute<ScheduleRow>(this.ctx.em, `select ${SCHEDULE_COLUMNS} from dues_schedule order by membership_type, valid_from desc`);
    return rows.map(toSchedule);
  }

  async add(fields: DuesScheduleFields): Promise<DuesScheduleType> {
    const viewer = this.organizationWide();
    const problems: FieldProblem[] = [];
    if (!Number.isSafeInteger(fields.amountKopiyky) || fields.amountKopiyky <= 0) problems.push({ field: 'amountKopiyky', i18nKey: 'dues:error.amountPositive' });
    else if (fields.amountKopiyky > DUES_LIMITS.maxAmountKopiyky) problems.push({ field: 'amountKopiyky', i18nKey: 'dues:error.amountTooLarge', params: { max: DUES_LIMITS.maxAmountKopiyky / 100 } });
    if (!isIsoDate(fields.validFrom) || fields.validFrom < DUES_LIMITS.earliestDate) problems.push({ field: 'validFrom', i18nKey: 'errors:dateInvalid' });
    const validTo = fields.validTo || null;
    if (validTo !== null && !isIsoDate(validTo)) problems.push({ field: 'validTo', i18nKey: 'errors:dateInvalid' });
    else if (validTo !== null && validTo < fields.validFrom) problems.push({ field: 'validTo', i18nKey: 'dues:error.endBeforeStart' });
    if (problems.length > 0) throw new ValidationFailed(problems);
    const id = randomUUID();
    await this.withoutOverlap('validFrom', () =>
      this.ctx.em.transactional(async (em) => {
        await execute(
          em,
          'insert into dues_schedule (id, membership_type, period, amount_kopiyky, valid_from, valid_to, created_by) values (?, ?, ?, ?, ?, ?, ?)',
          [id, fields.membershipType, fields.period, fields.amountKopiyky, fields.validFrom, validTo, viewer.userId],
        );
        audit(em, { actorUserId: viewer.userId, operation: 'dues.schedule.add', recordType: 'DuesSchedule', recordId: id, after: { ...fields, validTo } }, this.ctx);
      }),
    );
    return this.byId(id);
  }

  /** Sets the last day a schedule applies (or moves it); a new schedule can then take over. */
  async end(id: string, validTo: string): Promise<DuesScheduleType> {
    const viewer = this.organizationWide();
    const before = isUuid(id) ? await this.byId(id).catch(() => null) : null;
    if (!before) throw notFound();
    if (!isIsoDate(validTo)) throw new ValidationFailed([{ field: 'validTo', i18nKey: 'errors:dateInvalid' }]);
    if (validTo < before.validFrom) throw new ValidationFailed([{ field: 'validTo', i18nKey: 'dues:error.endBeforeStart' }]);
    await this.withoutOverlap('validTo', () =>
      this.ctx.em.transactional(async (em) => {
        await execute(em, 'update dues_schedule set valid_to = ? where id = ?', [validTo, id]);
        audit(em, { actorUserId: viewer.userId, operation: 'dues.schedule.end', recordType: 'DuesSchedule', recordId: id, before, after: { ...before, validTo } }, this.ctx);
      }),
    );
    return this.byId(id);
  }

  /** Queues a charge run for `month` over the viewer's dues write scope; returns the task id to follow. */
  async startCharges(month: string): Promise<string> {
    if (!this.ctx.viewer) throw unauthenticated();
    const viewer = this.ctx.viewer;
    const grants = viewer.scope('dues', 'write').grants;
    if (grants.length === 0) throw forbidden();
    if (!isMonthPeriod(month)) throw new ValidationFailed([{ field: 'month', i18nKey: 'dues:error.monthInvalid' }]);
    if (month > calendarDateIn(this.ctx.config.timeZone).slice(0, 7)) throw new ValidationFailed([{ field: 'month', i18nKey: 'dues:error.monthInFuture' }]);
    const taskId = await this.ctx.jobs.enqueue(DUES_CHARGES_TASK, { month, grants }, viewer.userId);
    await this.ctx.em.transactional(async (em) => {
      audit(em, { actorUserId: viewer.userId, operation: 'dues.charges.start', recordType: 'BackgroundTask', recordId: taskId, after: { month, grants } }, this.ctx);
    });
    return taskId;
  }

  private async byId(id: string): Promise<DuesScheduleType> {
    const [row] = await execute<ScheduleRow>(this.ctx.em, `select ${SCHEDULE_COLUMNS} from dues_schedule where id = ?`, [id]);
    if (!row) throw notFound();
    return toSchedule(row);
  }

  private organizationWide() {
    if (!this.ctx.viewer) throw unauthenticated();
    if (!this.ctx.viewer.scope('dues', 'write').grants.some(isWholeTree)) throw forbidden();
    return this.ctx.viewer;
  }

  /** Another schedule of the type already covers some of these days: a field error, nothing saved. */
  private async withoutOverlap(field: string, write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      // Raw statements surface the driver's error, with PostgreSQL's SQLSTATE as `code`.
      if ((error as { code?: unknown } | null)?.code === EXCLUSION_VIOLATION) {
        throw new ValidationFailed([{ field, i18nKey: 'dues:error.scheduleOverlaps' }]);
      }
      throw error;
    }
  }
}

/** A SUBTREE grant at a root unit: the whole organization. */
function isWholeTree(grant: Grant): boolean {
  return grant.reach === 'SUBTREE' && !grant.path.includes('.');
}

function toSchedule(row: ScheduleRow): DuesScheduleType {
  return {
    id: row.id,
    membershipType: row.membership_type,
    period: row.period,
    amountKopiyky: Number(row.amount_kopiyky),
    currency: row.currency.trim(),
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}
