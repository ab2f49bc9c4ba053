export const ORG_UNIT_KINDS = ['hq', 'region', 'district', 'branch'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const REACHES = ['UNIT', 'SUBTREE'] as const;
export type Reach = (typeof REACHES)[number];

export const ROLES = ['admin', 'manager', 'branch_head', 'member'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
