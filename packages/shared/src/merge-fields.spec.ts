import { describe, expect, it } from 'vitest';
import { defaultMergeChoices, foreignListItems, mergeFields, unionList, type MergeableContact } from './merge-fields';

const blank: MergeableContact = {
  lastName: '', firstName: '', patronymic: null, gender: null, birthDate: null, phones: [], emails: [], addressRegion: null,
  addressSettlement: null, addressStreet: null, tags: [], notes: null, source: null, contactType: 'supporter', consentAt: null,
  consentVersion: null, membershipType: null, membershipStatus: null, membershipSince: null, cardNumber: null,
};
const survivor: MergeableContact = { ...blank, lastName: 'Шевченко', firstName: 'Тарас', phones: ['+380671234567'], tags: ['волонтер'], notes: 'Прийшов на збори' };
const merged: MergeableContact = {
  ...blank, lastName: 'Shevchenko', firstName: 'Taras', patronymic: 'Hryhorovych', birthDate: '1990-03-09', phones: ['+380501112233', '+380671234567'],
  addressSettlement: 'Буча', tags: ['волонтер', 'донор'], notes: 'Прийшов на збори', contactType: 'volunteer', membershipType: 'member', membershipStatus: 'member',
};

describe('merge fields', () => {
  it('keeps the survivor’s values, fills its gaps from the other record and keeps both lists', () => {
    expect(defaultMergeChoices(survivor, merged).sides).toMatchObject({ lastName: 'survivor', patronymic: 'merged', birthDate: 'merged', address: 'merged', contactType: 'merged', membership: 'merged', gender: 'survivor' });
    const { fields, membershipFrom, consentFrom } = mergeFields(survivor, merged);
    expect(fields).toMatchObject({
      lastName: 'Шевченко', patronymic: 'Hryhorovych', birthDate: '1990-03-09', phones: ['+380671234567', '+380501112233'],
      addressSettlement: 'Буча', tags: ['волонтер', 'донор'], notes: 'Прийшов на збори', contactType: 'volunteer',
    });
    expect([membershipFrom, consentFrom]).toEqual(['merged', 'survivor']);
  });

  it('follows the choices given, lists as chosen and notes from one side or both', () => {
    const { fields } = mergeFields(survivor, { ...merged, notes: 'From the 2024 list' }, { sides: { lastName: 'merged', birthDate: 'survivor' }, lists: { phones: ['+380501112233'] } });
    expect(fields).toMatchObject({ lastName: 'Shevchenko', birthDate: null, phones: ['+380501112233'], notes: 'Прийшов на збори\n\nFrom the 2024 list' });
    expect(mergeFields(survivor, merged, { notes: 'merged' }).fields.notes).toBe('Прийшов на збори');
  });

  it('finds chosen list items that neither record has', () => {
    expect(unionList(['a', 'b'], ['b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(foreignListItems(['A', 'x', 'c'], ['a'], ['c'], (raw) => raw.toLowerCase())).toEqual([1]);
  });
});
