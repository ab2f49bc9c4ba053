import type { TFunction } from 'i18next';
import type { ActivityKind, MembershipStatus } from '../../../gql/graphql';

type Payload = Record<string, unknown> | null | undefined;
type T = TFunction<['timeline', 'contacts']>;

interface Formatters {
  money: (kopiyky: number | string) => string;
}

const textOf = (payload: Payload, key: string): string | null => {
  const value = payload?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : null;
};

const STATUSES = new Set(['APPLICANT', 'CANDIDATE', 'MEMBER', 'SUSPENDED', 'LEFT', 'EXPELLED']);

/** A stored status ('member') in the reader's language; an unknown one as stored. */
function statusName(raw: string | null, t: T): string | null {
  if (!raw) return null;
  const key = raw.toUpperCase();
  return STATUSES.has(key) ? t(`contacts:membershipStatus.${key as MembershipStatus}`) : raw;
}

const METHODS = new Set(['cash', 'card', 'bank_transfer', 'online']);

/**
 * A system event as a sentence, from whatever its payload carries: a missing detail gives
 * a shorter sentence, never "undefined". Logged activities have no sentence (null).
 */
export function eventSentence(kind: ActivityKind, payload: Payload, t: T, format: Formatters): string | null {
  switch (kind) {
    case 'CREATED':
      return t('timeline:event.created');
    case 'STATUS_CHANGED': {
      const from = statusName(textOf(payload, 'from'), t);
      const to = statusName(textOf(payload, 'to'), t);
      if (from && to) return t('timeline:event.statusChanged', { from, to });
      return to ? t('timeline:event.statusSet', { to }) : t('timeline:event.statusUnknown');
    }
    case 'PAID': {
      const raw = payload?.amountKopiyky;
      const amount = typeof raw === 'number' || (typeof raw === 'string' && /^-?\d+$/.test(raw)) ? format.money(raw) : null;
      const method = textOf(payload, 'method');
      if (!amount) return t('timeline:event.paidUnknown');
      if (!method) return t('timeline:event.paid', { amount });
      return t('timeline:event.paidMethod', { amount, method: METHODS.has(method) ? t(`timeline:method.${method as 'cash'}`) : method });
    }
    case 'MERGED': {
      const name = textOf(payload, 'mergedName');
      return name ? t('timeline:event.merged', { name }) : t('timeline:event.mergedUnknown');
    }
    case 'MERGE_UNDONE': {
      const name = textOf(payload, 'mergedName');
      return name ? t('timeline:event.mergeUndone', { name }) : t('timeline:event.mergeUndoneUnknown');
    }
    case 'IMPORTED': {
      const fileName = textOf(payload, 'fileName');
      return fileName ? t('timeline:event.imported', { fileName }) : t('timeline:event.importedUnknown');
    }
    case 'TRANSFERRED': {
      const from = textOf(payload, 'fromUnitName');
      const to = textOf(payload, 'toUnitName');
      if (from && to) return t('timeline:event.transferred', { from, to });
      return to ? t('timeline:event.transferredTo', { to }) : t('timeline:event.transferredUnknown');
    }
    default:
      return null;
  }
}

/** The reason a status change gives, if any. */
export const eventReason = (kind: ActivityKind, payload: Payload): string | null => (kind === 'STATUS_CHANGED' ? textOf(payload, 'reason') : null);
