import type { PaymentMethod } from '@hromada/shared';

/**
 * Money rows as the API reads them: plain rows, amounts as numbers of kopiyky (bigint comes
 * from PostgreSQL as text; a single row or a contact's total stays far below 2^53).
 */
export interface DuesChargeRecord {
  id: string;
  contactId: string;
  period: string;
  amountKopiyky: number;
  dueOn: string;
}

export interface DuesPaymentRecord {
  id: string;
  contactId: string;
  orgPath: string;
  amountKopiyky: number;
  method: PaymentMethod;
  paidOn: string;
  reference: string | null;
  note: string | null;
  fromBankImport: boolean;
  recordedBy: string | null;
  createdAt: Date;
}

export interface ContributionRecord {
  id: string;
  contactId: string;
  amountKopiyky: number;
  campaign: string | null;
  method: PaymentMethod;
  receivedOn: string;
  receiptNumber: string;
  note: string | null;
  recordedBy: string | null;
  createdAt: Date;
}

/** The root of `Contact.dues`: what its fields need to resolve. */
export interface ContactDuesRecord {
  contactId: string;
  balanceKopiyky: number;
  arrearsKopiyky: number;
  lastPaymentOn: string | null;
  viewerCanWrite: boolean;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const epochMs = (alias: string, column: string) => `(extract(epoch from ${alias}.${column}) * 1000)::float8 as ${column}`;

export const CHARGE_COLUMNS = (a: string) =>
  `${a}.id, ${a}.contact_id, ${a}.period, ${a}.amount_kopiyky::text as amount_kopiyky, ${a}.due_on::text as due_on`;

export const PAYMENT_COLUMNS = (a: string) =>
  `${a}.id, ${a}.contact_id, ${a}.org_path::text as org_path, ${a}.amount_kopiyky::text as amount_kopiyky, ${a}.method,
   ${a}.paid_on::text as paid_on, ${a}.reference, ${a}.note, ${a}.bank_import_id is not null as from_bank_import,
   (select recorder.display_name from app_user recorder where recorder.id = ${a}.created_by) as recorded_by, ${epochMs(a, 'created_at')}`;

export const CONTRIBUTION_COLUMNS = (a: string) =>
  `${a}.id, ${a}.contact_id, ${a}.amount_kopiyky::text as amount_kopiyky, ${a}.campaign, ${a}.method,
   ${a}.received_on::text as received_on, ${a}.receipt_number, ${a}.note,
   (select recorder.display_name from app_user recorder where recorder.id = ${a}.created_by) as recorded_by, ${epochMs(a, 'created_at')}`;

type Row = Record<string, unknown>;

export function toChargeRecord(r: Row): DuesChargeRecord {
  return { id: String(r.id), contactId: String(r.contact_id), period: String(r.period), amountKopiyky: Number(r.amount_kopiyky), dueOn: String(r.due_on) };
}

export function toPaymentRecord(r: Row): DuesPaymentRecord {
  return {
    id: String(r.id),
    contactId: String(r.contact_id),
    orgPath: String(r.org_path),
    amountKopiyky: Number(r.amount_kopiyky),
    method: r.method as PaymentMethod,
    paidOn: String(r.paid_on),
    reference: (r.reference as string | null) ?? null,
    note: (r.note as string | null) ?? null,
    fromBankImport: Boolean(r.from_bank_import),
    recordedBy: (r.recorded_by as string | null) ?? null,
    createdAt: new Date(Number(r.created_at)),
  };
}

export function toContributionRecord(r: Row): ContributionRecord {
  return {
    id: String(r.id),
    contactId: String(r.contact_id),
    amountKopiyky: Number(r.amount_kopiyky),
    campaign: (r.campaign as string | null) ?? null,
    method: r.method as PaymentMethod,
    receivedOn: String(r.received_on),
    receiptNumber: String(r.receipt_number),
    note: (r.note as string | null) ?? null,
    recordedBy: (r.recorded_by as string | null) ?? null,
    createdAt: new Date(Number(r.created_at)),
  };
}
