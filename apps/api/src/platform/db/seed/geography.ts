/** Shapes of the Ukrainian geography the demo organization is laid out on. */

/** м. (city), сел. (selyshche, a town since the 2024 reform), с. (village), a Kyiv neighbourhood. */
export type SettlementKind = 'city' | 'town' | 'village' | 'quarter';

export interface Settlement {
  kind: SettlementKind;
  nameUk: string;
  nameEn: string;
}

export interface District {
  /** Post-2020 raion ("Бучанський район"), or a city district in Kyiv. */
  nameUk: string;
  nameEn: string;
  settlements: readonly Settlement[];
}

export interface Region {
  /** ISO 3166-2:UA. */
  code: string;
  nameUk: string;
  nameEn: string;
  centre: { nameUk: string; nameEn: string; lat: number; lng: number };
  /** Relative share of branches: population in thousands, lowered where most of the oblast is occupied. */
  weight: number;
  districts: readonly District[];
}

export const city = (nameUk: string, nameEn: string): Settlement => ({ kind: 'city', nameUk, nameEn });
export const town = (nameUk: string, nameEn: string): Settlement => ({ kind: 'town', nameUk, nameEn });
export const village = (nameUk: string, nameEn: string): Settlement => ({ kind: 'village', nameUk, nameEn });
export const quarter = (nameUk: string, nameEn: string): Settlement => ({ kind: 'quarter', nameUk, nameEn });

export const district = (nameUk: string, nameEn: string, settlements: readonly Settlement[]): District => ({
  nameUk,
  nameEn,
  settlements,
});

const PREFIX_UK: Readonly<Record<SettlementKind, string>> = { city: 'м. ', town: 'сел. ', village: 'с. ', quarter: '' };

/** "м. Буча", "сел. Гостомель", "Оболонь": how a settlement is written in a branch name. */
export function settlementLabelUk(settlement: Settlement): string {
  return PREFIX_UK[settlement.kind] + settlement.nameUk;
}
