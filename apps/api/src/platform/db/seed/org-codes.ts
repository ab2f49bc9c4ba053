/**
 * The demo organization's unit codes (`UA`, `UA-32`, `UA-32-01`, `UA-32-01-001`) and the
 * ltree labels derived from them (`ua`, `ua_32`, `d01`, `b001`: only [a-z0-9_]).
 */
export const HQ_CODE = 'UA';
export const HQ_PATH = 'ua';

export function districtCode(regionCode: string, index: number): string {
  return `${regionCode}-${String(index).padStart(2, '0')}`;
}

export function branchCode(districtCodeValue: string, index: number): string {
  return `${districtCodeValue}-${String(index).padStart(3, '0')}`;
}

export function regionLabel(regionCode: string): string {
  return regionCode.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}

export function districtLabel(index: number): string {
  return `d${String(index).padStart(2, '0')}`;
}

export function branchLabel(index: number): string {
  return `b${String(index).padStart(3, '0')}`;
}
