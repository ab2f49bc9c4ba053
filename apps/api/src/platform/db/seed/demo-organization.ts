import type { OrgUnitKind } from '@hromada/shared';
import { apportion } from './apportion';
import { DEMO_ACCOUNTS, DEMO_FIXTURE_CONTACTS, type DemoContact } from './demo-accounts';
import { ContactProfileFactory, type SeedContactDetails, type SeedPlace } from './demo-contact-profile';
import { PersonFactory } from './demo-people';
import { branchCode, branchLabel, districtCode, districtLabel, HQ_CODE, HQ_PATH, regionLabel } from './org-codes';
import { createRng, type Rng } from './prng';
import { settlementLabelUk, UKRAINE_REGIONS, type Region, type Settlement, type SettlementKind } from './ukraine-regions';
import { rngUuid, stableUuid } from './uuid';

/**
 * The demo organization, generated without I/O: HQ → 25 regions → districts → branches
 * named after real settlements, and contacts streamed in batches. Same options, same data.
 */
export interface SeedOrgUnit {
  id: string;
  code: string;
  /** ltree: `ua.ua_32.d01.b001`. */
  path: string;
  kind: OrgUnitKind;
  parentId: string | null;
  nameUk: string;
  nameEn: string;
  /** A branch's relative share of the contacts; 0 for other units. */
  contactWeight: number;
  /** Where the unit is, for its contacts' addresses and card numbers. */
  place: SeedPlace;
}

export interface SeedContact {
  id: string;
  unitId: string;
  unitPath: string;
  lastName: string;
  firstName: string;
  patronymic: string | null;
  phone: string | null;
  email: string | null;
  /** Personal data, address, membership and its history; the seed always gives them, test fixtures may not. */
  details?: SeedContactDetails;
}

export const DEFAULT_BRANCHES = 380;
export const DEFAULT_CONTACTS = 50_000;
export const DEFAULT_SEED = 20261123;
/** One branch per region at least: every demo fixture needs its region's first branch. */
export const MIN_BRANCHES = UKRAINE_REGIONS.length;
export const MAX_BRANCHES = 100_000;

/** Small regions keep few, fuller districts (about 100 in the default demo)… */
const TARGET_BRANCHES_PER_DISTRICT = 4;
/** …large ones gain numbered extra districts so no district grows unwieldy. */
const MAX_BRANCHES_PER_DISTRICT = 50;

const KIND_WEIGHT: Readonly<Record<SettlementKind, number>> = { city: 2, town: 1, village: 0.6, quarter: 2.5 };
const REGIONAL_CENTRE_FACTOR = 3;
/** A few branches in any place are unusually active. */
const BIG_BRANCH_CHANCE = 0.03;
const BIG_BRANCH_FACTOR = 4;

function unit(code: string, path: string, kind: OrgUnitKind, parentId: string | null, names: [uk: string, en: string], place: SeedPlace, contactWeight = 0): SeedOrgUnit {
  return { id: stableUuid(`org_unit:${code}`), code, path, kind, parentId, nameUk: names[0], nameEn: names[1], contactWeight, place };
}

/** The headquarters is in Kyiv. */
const HQ_PLACE: SeedPlace = { regionCode: 'UA-30', regionUk: 'м. Київ', settlementUk: 'Київ', urban: true };

function placeOf(region: Region, settlement: Settlement): SeedPlace {
  // A Kyiv quarter is in the city: the settlement is the city itself.
  const settlementUk = settlement.kind === 'quarter' ? region.centre.nameUk : settlement.nameUk;
  return { regionCode: region.code, regionUk: region.nameUk, settlementUk, urban: settlement.kind === 'city' || settlement.kind === 'quarter' };
}

function assertCount(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
}

/** Units ordered parents first, so they can be inserted in order. */
export function generateOrganization(options: { branches: number; seed: number }): SeedOrgUnit[] {
  assertCount('branches', options.branches, MIN_BRANCHES, MAX_BRANCHES);
  const rng = createRng(options.seed, 'organization');
  const hq = unit(HQ_CODE, HQ_PATH, 'hq', null, ['Громада', 'Hromada'], HQ_PLACE);
  const units: SeedOrgUnit[] = [hq];
  const perRegion = apportion(options.branches, UKRAINE_REGIONS.map((r) => r.weight), 1);
  UKRAINE_REGIONS.forEach((region, i) => {
    const regionPlace = placeOf(region, { kind: 'city', ...region.centre });
    const regionUnit = unit(region.code, `${HQ_PATH}.${regionLabel(region.code)}`, 'region', hq.id, [region.nameUk, region.nameEn], regionPlace);
    units.push(regionUnit);
    const branchCount = perRegion[i];
    const districtCount = Math.max(
      Math.ceil(branchCount / MAX_BRANCHES_PER_DISTRICT),
      Math.min(region.districts.length, Math.ceil(branchCount / TARGET_BRANCHES_PER_DISTRICT)),
    );
    const perDistrict = apportion(branchCount, new Array<number>(districtCount).fill(1));
    const allSettlements = region.districts.flatMap((d) => d.settlements);
    // Extra districts take their branch names from the whole region, continuing where the last one stopped.
    let extraCursor = 0;
    const nameUses = new Map<string, number>();
    for (let d = 1; d <= districtCount; d++) {
      const real = region.districts[d - 1];
      const code = districtCode(region.code, d);
      const [nameUk, nameEn] = real ? [real.nameUk, real.nameEn] : [`${region.nameUk}, округ ${d}`, `${region.nameEn}, district ${d}`];
      const districtPlace = real ? placeOf(region, real.settlements[0]) : regionPlace;
      const districtUnit = unit(code, `${regionUnit.path}.${districtLabel(d)}`, 'district', regionUnit.id, [nameUk, nameEn], districtPlace);
      units.push(districtUnit);
      for (let b = 1; b <= perDistrict[d - 1]; b++) {
        const settlement = real ? real.settlements[(b - 1) % real.settlements.length] : allSettlements[extraCursor++ % allSettlements.length];
        const uses = (nameUses.get(settlement.nameUk) ?? 0) + 1;
        nameUses.set(settlement.nameUk, uses);
        const suffixUk = uses > 1 ? ` №${uses}` : '';
        const suffixEn = uses > 1 ? ` ${uses}` : '';
        units.push(
          unit(
            branchCode(code, b),
            `${districtUnit.path}.${branchLabel(b)}`,
            'branch',
            districtUnit.id,
            [`Осередок ${settlementLabelUk(settlement)}${suffixUk}`, `${settlement.nameEn} branch${suffixEn}`],
            placeOf(region, settlement),
            branchWeight(rng, region, settlement),
          ),
        );
      }
    }
  });
  return units;
}

/** Skewed sizes: cities over villages, the regional centre most, a log-normal spread on top. */
function branchWeight(rng: Rng, region: Region, settlement: Settlement): number {
  let weight = KIND_WEIGHT[settlement.kind] * Math.exp(0.6 * rng.gaussian());
  if (settlement.nameUk === region.centre.nameUk) weight *= REGIONAL_CENTRE_FACTOR;
  if (rng.chance(BIG_BRANCH_CHANCE)) weight *= BIG_BRANCH_FACTOR;
  return weight;
}

/** Every branch's first few contacts carry a very common surname. */
const COMMON_SURNAMES_PER_BRANCH = 3;

/** The fixed contacts (demo accounts' own records and the e2e fixtures), in every data set. */
export const FIXED_CONTACTS: readonly DemoContact[] = [...DEMO_ACCOUNTS.map((a) => a.contact), ...DEMO_FIXTURE_CONTACTS];

/**
 * `count` contacts (the fixed ones included, first), yielded in batches of `batchSize` so
 * a million never sit in memory at once. Contacts of one branch are spread over the whole
 * run, as in a database filled over years, not clustered on disk by branch.
 */
export function* generateContacts(options: {
  units: readonly SeedOrgUnit[];
  count: number;
  seed: number;
  batchSize?: number;
}): Generator<SeedContact[], void, undefined> {
  const { units, count, seed, batchSize = 10_000 } = options;
  assertCount('count', count, FIXED_CONTACTS.length, 100_000_000);
  assertCount('batchSize', batchSize, 1, 1_000_000);
  const byCode = new Map(units.map((u) => [u.code, u]));
  const branches = units.filter((u) => u.kind === 'branch');
  if (branches.length === 0) throw new RangeError('the organization has no branches');

  const rng = createRng(seed, 'contacts');
  const people = new PersonFactory(rng, FIXED_CONTACTS);
  // Details draw from a stream of their own: adding them left every name, phone and e-mail as it was.
  const profiles = new ContactProfileFactory(createRng(seed, 'details'));
  let batch: SeedContact[] = FIXED_CONTACTS.map((c) => {
    const owner = byCode.get(c.unitCode);
    if (!owner) throw new RangeError(`demo contact ${c.key} belongs to ${c.unitCode}, which the organization lacks`);
    const { id, lastName, firstName, patronymic, phone, email } = c;
    const details = profiles.next(c.gender, owner.place, c.membership);
    return { id, unitId: owner.id, unitPath: owner.path, lastName, firstName, patronymic, phone, email, details };
  });

  const generated = count - FIXED_CONTACTS.length;
  const minimum = Math.min(COMMON_SURNAMES_PER_BRANCH, Math.floor(generated / branches.length));
  const perBranch = apportion(generated, branches.map((b) => b.contactWeight), minimum);
  const order = new Int32Array(generated);
  let k = 0;
  perBranch.forEach((n, i) => order.fill(i, k, (k += n)));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }

  // Which of a branch's contacts get a very common surname: a run starting at a random
  // position, so they do not all come first in the data set.
  const commonFrom = Int32Array.from(perBranch, (n) => rng.int(0, Math.max(n - 1, 0)));
  const seen = new Int32Array(branches.length);
  for (const b of order) {
    const branch = branches[b];
    const position = (seen[b]++ - commonFrom[b] + perBranch[b]) % perBranch[b];
    const { sex, ...person } = people.next(position < COMMON_SURNAMES_PER_BRANCH);
    const id = rngUuid(rng);
    batch.push({ id, unitId: branch.id, unitPath: branch.path, ...person, details: profiles.next(sex, branch.place) });
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
