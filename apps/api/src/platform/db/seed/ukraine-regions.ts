import type { Region } from './geography';
import { CENTRAL_REGIONS } from './ukraine-regions-centre';
import { EASTERN_REGIONS } from './ukraine-regions-east';
import { WESTERN_REGIONS } from './ukraine-regions-west';

export { settlementLabelUk, type District, type Region, type Settlement, type SettlementKind } from './geography';

/**
 * The 24 oblasts and Kyiv City (Crimea and Sevastopol are not listed: no branches can work
 * there), in ISO 3166-2 order so that region codes and tree order agree.
 */
export const UKRAINE_REGIONS: readonly Region[] = [...WESTERN_REGIONS, ...CENTRAL_REGIONS, ...EASTERN_REGIONS].sort((a, b) =>
  a.code.localeCompare(b.code),
);
