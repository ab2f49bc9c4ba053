import type { Action } from '../../platform/auth/policy';
import { covers, type Viewer } from '../../platform/auth/viewer';

/**
 * Whether the viewer's dues scope reaches a contact's money: its unit under one of their
 * grants, or their own contact where 'self' access applies. The money rows carry the same
 * unit and path as their contact, so this agrees with the rows' own scope predicate.
 */
export function duesCovers(viewer: Viewer | null, action: Action, contact: { id: string; orgPath: string }): boolean {
  if (!viewer) return false;
  const scope = viewer.scope('dues', action);
  return covers(scope.grants, contact.orgPath) || scope.selfContactId === contact.id;
}
