import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/core';
import type { ContactKind, Gender, MembershipStatus, MembershipType } from '@hromada/shared';
import { registerOrgOwned } from '../../platform/auth/org-scope-filter';

const CONTACT_SCOPE = { path: 'org_path', unit: 'org_unit_id', self: 'id' } as const;

@Entity({ tableName: 'contact' })
@Filter(registerOrgOwned('Contact', 'contact', 'contacts', CONTACT_SCOPE))
export class Contact {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  orgUnitId!: string;

  /** Kept equal to the unit's path by a trigger; denormalized so scope is one indexed predicate. */
  @Property({ type: 'string', columnType: 'ltree' })
  orgPath!: string;

  @Property({ type: 'string', length: 100 })
  firstName!: string;

  @Property({ type: 'string', length: 100 })
  lastName!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  patronymic!: string | null;

  /** E.164, the first one is the main number. */
  @Property({ type: 'string[]', columnType: 'text[]' })
  phones: string[] = [];

  /** Lower-cased; the first one is the main address. */
  @Property({ type: 'string[]', columnType: 'text[]' })
  emails: string[] = [];

  @Property({ type: 'string', length: 8, nullable: true })
  gender: Gender | null = null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  birthDate: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  addressRegion: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  addressSettlement: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  addressStreet: string | null = null;

  @Property({ type: 'string[]', columnType: 'text[]' })
  tags: string[] = [];

  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  source: string | null = null;

  /** When the person consented to the processing of their data, and to which text. */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  consentAt: Date | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  consentVersion: string | null = null;

  @Property({ type: 'string', length: 16 })
  contactType: ContactKind = 'supporter';

  @Property({ type: 'string', length: 16, nullable: true })
  membershipType: MembershipType | null = null;

  @Property({ type: 'string', length: 16, nullable: true })
  membershipStatus: MembershipStatus | null = null;

  /** The day the current membership status began. */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  membershipSince: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  cardNumber: string | null = null;

  /** Kopiyky: payments minus charges, kept by the dues module; negative means arrears. */
  @Property({ type: 'bigint', columnType: 'bigint' })
  duesBalance: string = '0';

  /** Optimistic lock: a save names the version it edited, and is refused if it has moved on. */
  @Property({ type: 'integer', version: true })
  version!: number;

  @Property({ type: 'string', length: 320 })
  sortName!: string;

  @Property({ type: 'text', lazy: true })
  searchDoc!: string;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date;
}
