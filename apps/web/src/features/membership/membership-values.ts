import {
  allowedTransitions,
  allowedTypes,
  canTransition,
  defaultMembershipType,
  reasonRequired,
  type MembershipState,
  type MembershipStatus,
  type MembershipType,
} from '@hromada/shared';
import type { MembershipStatus as ApiStatus, MembershipType as ApiType } from '../../gql/graphql';

/** The API's enums are the lifecycle's values in capitals: MEMBER is 'member'. */
export const fromApiStatus = (status: ApiStatus): MembershipStatus => status.toLowerCase() as MembershipStatus;
export const toApiStatus = (status: MembershipStatus): ApiStatus => status.toUpperCase() as ApiStatus;
export const fromApiType = (type: ApiType): MembershipType => type.toLowerCase() as MembershipType;
export const toApiType = (type: MembershipType): ApiType => type.toUpperCase() as ApiType;

export function currentState(contact: { membershipStatus?: ApiStatus | null; membershipType?: ApiType | null }): MembershipState {
  return {
    status: contact.membershipStatus ? fromApiStatus(contact.membershipStatus) : null,
    type: contact.membershipType ? fromApiType(contact.membershipType) : null,
  };
}

/** What the status dialog offers: the lifecycle's next steps, then a type change where one is possible. */
export function statusChoices(state: MembershipState): MembershipStatus[] {
  const steps = [...allowedTransitions(state.status)];
  if (state.status && canTransition(state.status, state.status) && allowedTypes(state, state.status).length > 1) steps.push(state.status);
  return steps;
}

/** The type choices for a step, the proposed one first selected, and whether a reason is needed. */
export function stepRules(state: MembershipState, to: MembershipStatus): { types: readonly MembershipType[]; proposed: MembershipType | null; needsReason: boolean } {
  const types = allowedTypes(state, to);
  // A type change within the same status proposes the other type, not the one already set.
  const proposed = to === state.status ? (types.find((t) => t !== state.type) ?? null) : defaultMembershipType(state, to);
  return { types, proposed, needsReason: reasonRequired(state.status, to) };
}

/** Today in the browser's zone, as YYYY-MM-DD (en-CA writes dates that way). */
export function localToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
