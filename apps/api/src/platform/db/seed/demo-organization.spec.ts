import { describe, expect, it } from 'vitest';
import { isValidEmail, normalizePhone, searchKey } from '@hromada/shared';
import { DEMO_ACCOUNTS, DEMO_BRANCH_CODE, DEMO_FIXTURE_CONTACTS, DEMO_REGION_CODE } from './demo-accounts';
import { PEOPLE_RATES } from './demo-people';
import { FIXED_CONTACTS, generateContacts, generateOrganization, type SeedContact, type SeedOrgUnit } from './demo-organization';
import { VERY_COMMON_SURNAMES } from './ukrainian-surnames';

const collect = (units: readonly SeedOrgUnit[], count: number, seed: number, batchSize?: number): SeedContact[] =>
  [...generateContacts({ units, count, seed, batchSize })].flat();

describe('generateOrganization', () => {
  const units = generateOrganization({ branches: 380, seed: 1 });
  const byId = new Map(units.map((u) => [u.id, u]));

  it('builds HQ, 25 regions, about 100 districts and exactly the branches asked for', () => {
    const count = (kind: string) => units.filter((u) => u.kind === kind).length;
    expect(units[0]).toMatchObject({ code: 'UA', kind: 'hq', path: 'ua', parentId: null, nameEn: 'Hromada' });
    expect(count('hq')).toBe(1);
    expect(count('region')).toBe(25);
    expect(count('district')).toBeGreaterThanOrEqual(90);
    expect(count('district')).toBeLessThanOrEqual(110);
    expect(count('branch')).toBe(380);
    for (const branches of [25, 60, 1_234, 5_000]) {
      expect(generateOrganization({ branches, seed: 1 }).filter((u) => u.kind === 'branch')).toHaveLength(branches);
    }
  });

  it('gives every unit a unique id and code and a valid ltree path that extends its parent’s', () => {
    expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    expect(new Set(units.map((u) => u.path)).size).toBe(units.length);
    const seen = new Set<string>();
    for (const u of units) {
      for (const label of u.path.split('.')) expect(label).toMatch(/^[a-z0-9_]+$/);
      if (u.parentId) {
        expect(seen.has(u.parentId)).toBe(true); // parents come first
        const parent = byId.get(u.parentId)!;
        expect(u.path.startsWith(`${parent.path}.`)).toBe(true);
        expect(u.path.split('.')).toHaveLength(parent.path.split('.').length + 1);
        expect(u.code.startsWith(`${parent.code}`)).toBe(true);
      }
      seen.add(u.id);
    }
  });

  it('gives the largest regions the most branches', () => {
    const branchesIn = (code: string) => units.filter((u) => u.kind === 'branch' && u.code.startsWith(`${code}-`)).length;
    const biggest = ['UA-30', 'UA-12', 'UA-63', 'UA-46', 'UA-51'].map(branchesIn);
    const others = ['UA-05', 'UA-32', 'UA-61', 'UA-77', 'UA-09'].map(branchesIn);
    expect(Math.min(...biggest)).toBeGreaterThan(Math.max(...others));
  });

  it('adds numbered districts in large organizations so no district has more than 60 branches', () => {
    const big = generateOrganization({ branches: 5_000, seed: 1 });
    const perDistrict = new Map<string, number>();
    for (const u of big) if (u.kind === 'branch') perDistrict.set(u.parentId!, (perDistrict.get(u.parentId!) ?? 0) + 1);
    expect(Math.max(...perDistrict.values())).toBeLessThanOrEqual(60);
    expect(big.some((u) => u.kind === 'district' && u.nameUk.includes('округ'))).toBe(true);
    expect(new Set(big.map((u) => u.code)).size).toBe(big.length);
  });

  it('names branches after real settlements and keeps the demo branch in place', () => {
    const demo = units.find((u) => u.code === DEMO_BRANCH_CODE)!;
    expect(demo).toMatchObject({ kind: 'branch', nameUk: 'Осередок м. Буча', nameEn: 'Bucha branch' });
    expect(byId.get(byId.get(demo.parentId!)!.parentId!)!.code).toBe(DEMO_REGION_CODE);
    expect(generateOrganization({ branches: 25, seed: 99 }).find((u) => u.code === DEMO_BRANCH_CODE)?.id).toBe(demo.id);
  });

  it('is deterministic, and refuses impossible sizes', () => {
    expect(generateOrganization({ branches: 380, seed: 1 })).toEqual(units);
    expect(generateOrganization({ branches: 380, seed: 2 }).map((u) => u.contactWeight)).not.toEqual(units.map((u) => u.contactWeight));
    expect(() => generateOrganization({ branches: 24, seed: 1 })).toThrow(RangeError);
    expect(() => generateOrganization({ branches: 10.5, seed: 1 })).toThrow(RangeError);
  });
});

describe('generateContacts', () => {
  const units = generateOrganization({ branches: 380, seed: 3 });
  const contacts = collect(units, 20_000, 3);

  it('yields exactly `count` contacts in batches no larger than asked', () => {
    const batches = [...generateContacts({ units, count: 2_345, seed: 3, batchSize: 500 })];
    expect(batches.map((b) => b.length)).toEqual([500, 500, 500, 500, 345]);
    expect(contacts).toHaveLength(20_000);
  });

  it('is deterministic for a seed and different for another', () => {
    expect(collect(units, 3_000, 3)).toEqual(collect(units, 3_000, 3));
    const other = collect(units, 3_000, 4).slice(FIXED_CONTACTS.length);
    expect(other).not.toEqual(collect(units, 3_000, 3).slice(FIXED_CONTACTS.length));
  });

  it('always includes the demo accounts’ contacts and the fixtures, with their fixed ids', () => {
    const byId = new Map(contacts.map((c) => [c.id, c]));
    const unitCode = new Map(units.map((u) => [u.id, u.code]));
    for (const fixed of [...DEMO_ACCOUNTS.map((a) => a.contact), ...DEMO_FIXTURE_CONTACTS]) {
      const c = byId.get(fixed.id)!;
      expect(c).toMatchObject({ lastName: fixed.lastName, firstName: fixed.firstName, phone: fixed.phone, email: fixed.email });
      expect(unitCode.get(c.unitId)).toBe(fixed.unitCode);
    }
    const taras = DEMO_FIXTURE_CONTACTS.find((c) => c.key === 'taras-shevchenko')!;
    expect(taras).toMatchObject({ unitCode: DEMO_BRANCH_CODE, phone: '+380671234567', email: 'taras.shevchenko@ukr.net' });
    expect(DEMO_FIXTURE_CONTACTS.find((c) => c.key === 'mariia-shevchenko-lviv')!.unitCode.startsWith(`${DEMO_REGION_CODE}-`)).toBe(false);
  });

  it('gives unique, valid E.164 phones and unique, valid lower-case e-mails', () => {
    const phones = contacts.flatMap((c) => (c.phone ? [c.phone] : []));
    const emails = contacts.flatMap((c) => (c.email ? [c.email] : []));
    expect(new Set(phones).size).toBe(phones.length);
    expect(new Set(emails).size).toBe(emails.length);
    for (const phone of phones) expect(normalizePhone(phone)).toBe(phone);
    for (const email of emails) {
      expect(isValidEmail(email)).toBe(true);
      expect(email).toMatch(/^[a-z0-9._]+@(ukr\.net|gmail\.com|i\.ua|meta\.ua|outlook\.com|example\.org)$/);
    }
  });

  it('matches the shares of real membership lists', () => {
    const generated = contacts.slice(FIXED_CONTACTS.length);
    const share = (pick: (c: SeedContact) => boolean) => generated.filter(pick).length / generated.length;
    const latin = (c: SeedContact) => /^[A-Za-z]/.test(c.lastName);
    expect(share((c) => c.phone !== null)).toBeCloseTo(PEOPLE_RATES.phone, 1);
    expect(share((c) => c.email !== null)).toBeCloseTo(PEOPLE_RATES.email, 1);
    expect(share(latin)).toBeGreaterThan(PEOPLE_RATES.diaspora / 2);
    expect(share(latin)).toBeLessThan(PEOPLE_RATES.diaspora * 1.5);
    expect(share((c) => c.patronymic !== null)).toBeCloseTo(PEOPLE_RATES.patronymic * (1 - PEOPLE_RATES.diaspora), 1);
    expect(generated.filter(latin).every((c) => c.patronymic === null && /^[A-Za-z]+$/.test(c.firstName))).toBe(true);
    // Female patronymics end in -івна/-ївна: the split follows the 49/51 share.
    const female = share((c) => c.patronymic !== null && /вна$/.test(c.patronymic));
    expect(female / share((c) => c.patronymic !== null)).toBeCloseTo(1 - PEOPLE_RATES.male, 1);
  });

  it('makes a Latin-named contact findable by the Cyrillic spelling of the surname', () => {
    const latinShevchenko = contacts.filter((c) => c.lastName === 'Shevchenko');
    expect(latinShevchenko.length).toBeGreaterThan(1);
    expect(searchKey(latinShevchenko[0].lastName)).toBe(searchKey('Шевченко'));
  });

  it('puts a few very common surnames into every branch and skews branch sizes', () => {
    const sizes = new Map<string, number>();
    const common = new Map<string, number>();
    for (const c of contacts) {
      sizes.set(c.unitId, (sizes.get(c.unitId) ?? 0) + 1);
      if (VERY_COMMON_SURNAMES.includes(c.lastName)) common.set(c.unitId, (common.get(c.unitId) ?? 0) + 1);
    }
    const branches = units.filter((u) => u.kind === 'branch');
    for (const b of branches) expect(common.get(b.id) ?? 0).toBeGreaterThanOrEqual(2);
    const branchSizes = branches.map((b) => sizes.get(b.id) ?? 0).sort((a, b) => a - b);
    const median = branchSizes[branchSizes.length >> 1];
    expect(branchSizes.at(-1)!).toBeGreaterThan(5 * median);
    expect(branchSizes[0]).toBeGreaterThanOrEqual(3);
  });

  it('refuses a count smaller than the fixed contacts', () => {
    expect(() => collect(units, FIXED_CONTACTS.length - 1, 3)).toThrow(RangeError);
  });
});
