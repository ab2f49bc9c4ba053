import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/core';
import { registerOrgOwned } from '../../platform/auth/org-scope-filter';

export const TRANSFER_STATUSES = ['pending', 'accepted', 'declined', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/**
 * Scoped by the receiving side: whoever reads contacts at the target unit sees the request
 * (and may decide it with write access there). The sending side reaches it only through the
 * contact, which is scoped by where the contact is kept.
 */
const TRANSFER_SCOPE = { path: 'to_path', unit: 'to_unit_id' } as const;

/** A request to move a contact to another branch, decided by the receiving branch. */
@Entity({ tableName: 'membership_transfer' })
@Filter(registerOrgOwned('MembershipTransfer', 'membership_transfer', 'contacts', TRANSFER_SCOPE))
export class MembershipTransfer {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  contactId!: string;

  @Property({ type: 'uuid' })
  fromUnitId!: string;

  @Property({ type: 'uuid' })
  toUnitId!: string;

  /** Kept equal to the target unit's path by a trigger. */
  @Property({ type: 'string', columnType: 'ltree' })
  toPath!: string;

  @Property({ type: 'string', length: 16 })
  status: TransferStatus = 'pending';

  @Property({ type: 'uuid', nullable: true })
  requestedBy: string | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  requestedAt!: Date;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;
}
