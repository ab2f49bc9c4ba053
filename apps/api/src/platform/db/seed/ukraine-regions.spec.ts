import { describe, expect, it } from 'vitest';
import { settlementLabelUk, UKRAINE_REGIONS } from './ukraine-regions';

const ISO_CODES = [
  'UA-05', 'UA-07', 'UA-09', 'UA-12', 'UA-14', 'UA-18', 'UA-21', 'UA-23', 'UA-26', 'UA-30', 'UA-32', 'UA-35', 'UA-46',
  'UA-48', 'UA-51', 'UA-53', 'UA-56', 'UA-59', 'UA-61', 'UA-63', 'UA-65', 'UA-68', 'UA-71', 'UA-74', 'UA-77',
];

describe('UKRAINE_REGIONS', () => {
  it('lists the 24 oblasts and Kyiv City by ISO 3166-2 code, without Crimea and Sevastopol', () => {
    expect(UKRAINE_REGIONS.map((r) => r.code)).toEqual(ISO_CODES);
    expect(UKRAINE_REGIONS.find((r) => r.code === 'UA-30')).toMatchObject({ nameUk: 'м. Київ', nameEn: 'Kyiv City' });
    expect(UKRAINE_REGIONS.find((r) => r.code === 'UA-32')).toMatchObject({ nameUk: 'Київська область', nameEn: 'Kyiv Oblast' });
    expect(UKRAINE_REGIONS.find((r) => r.code === 'UA-05')).toMatchObject({ nameUk: 'Вінницька область', nameEn: 'Vinnytsia Oblast' });
  });

  it('names oblasts, raions and settlements consistently in both languages', () => {
    for (const region of UKRAINE_REGIONS) {
      if (region.code !== 'UA-30') {
        expect(region.nameUk).toMatch(/ська область$|цька область$|зька область$/);
        expect(region.nameEn).toMatch(/ Oblast$/);
      }
      for (const d of region.districts) {
        expect(d.nameUk).toMatch(/ район$/);
        expect(d.nameEn).toMatch(region.code === 'UA-30' ? / District$/ : / Raion$/);
        expect(d.settlements.length).toBeGreaterThanOrEqual(3);
        for (const s of d.settlements) {
          expect(s.nameUk).toMatch(/^[А-ЩЬЮЯЄІЇҐ][а-щьюяєіїґА-ЩЬЮЯЄІЇҐ’ -]+$/);
          expect(s.nameEn).toMatch(/^[A-Z][A-Za-z -]+$/);
        }
      }
    }
  });

  it('has 3 to 7 real raions per oblast (Kyiv City: its 10 city districts)', () => {
    for (const region of UKRAINE_REGIONS) {
      const [min, max] = region.code === 'UA-30' ? [10, 10] : [3, 7];
      expect(region.districts.length).toBeGreaterThanOrEqual(min);
      expect(region.districts.length).toBeLessThanOrEqual(max);
      expect(new Set(region.districts.map((d) => d.nameUk)).size).toBe(region.districts.length);
    }
  });

  it('places every regional centre inside Ukraine', () => {
    for (const { centre } of UKRAINE_REGIONS) {
      expect(centre.lat).toBeGreaterThan(44);
      expect(centre.lat).toBeLessThan(52.5);
      expect(centre.lng).toBeGreaterThan(22);
      expect(centre.lng).toBeLessThan(40.3);
    }
  });

  it('writes settlement labels with their Ukrainian prefix', () => {
    const bucha = UKRAINE_REGIONS.find((r) => r.code === 'UA-32')!.districts[0];
    expect(bucha.nameUk).toBe('Бучанський район');
    expect(settlementLabelUk(bucha.settlements[0])).toBe('м. Буча');
    expect(bucha.settlements.map(settlementLabelUk)).toContain('сел. Гостомель');
    expect(bucha.settlements.map(settlementLabelUk)).toContain('с. Софіївська Борщагівка');
  });
});
