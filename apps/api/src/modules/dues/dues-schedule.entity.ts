import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { DuesPeriodKind, MembershipType } from '@hromada/shared';

/**
 * What a membership type owes: a fixed amount per month or per year, valid over a span of
 * days. The organization's one tariff (not owned by a unit); spans of one type never overlap
 * (an exclusion constraint), so at most one schedule applies to a type on any day.
 */
@Entity({ tableName: 'dues_schedule' })
export class DuesSchedule {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 16 })
  membershipType!: MembershipType;

  @Property({ type: 'string', length: 8 })
  period!: DuesPeriodKind;

  @Property({ type: 'bigint', columnType: 'bigint' })
  amountKopiyky!: string;

  @Property({ type: 'string', length: 3 })
  currency = 'UAH';

  /** YYYY-MM-DD, inclusive. */
  @Property({ type: 'string', columnType: 'date' })
  validFrom!: string;

  /** YYYY-MM-DD, inclusive; null while the schedule is open-ended. */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  validTo: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;
}
