import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkMembershipChange, type MembershipStatus, type MembershipType } from '@hromada/shared';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { PROFILE_RATES, type SeedContactDetails } from './demo-contact-profile';
import { DEMO_AS_OF, dayOf, isoOf, MEMBERSHIP_SHARES } from './demo-membership';
import { FIXED_CONTACTS, generateContacts, generateOrganization, type SeedContact } from './demo-organization';

const units = generateOrganization({ branches: 380, seed: 5 });
const contacts = [...generateContacts({ units, count: 20_000, seed: 5 })].flat();
const generated = contacts.slice(FIXED_CONTACTS.length);
const details = (c: SeedContact): SeedContactDetails => c.details!;
const share = (pick: (d: SeedContactDetails) => boolean) => generated.filter((c) => pick(details(c))).length / generated.length;
/** sha256 of the identity fields of 3,000 contacts (380 branches, seed 3), from the generator before details existed. */
const IDENTITY_HASH = 'f913f0df31c80c5d';
const yearsBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / (365.25 * 86_400_000);

describe('demo contact details', () => {
  it('leaves names, phones and e-mails exactly as they were before details existed', () => {
    // Taken from the generator before it drew details: a separate stream keeps them byte-identical.
    const identity = createHash('sha256');
    for (const c of [...generateContacts({ units: generateOrganization({ branches: 380, seed: 3 }), count: 3_000, seed: 3 })].flat()) {
      identity.update(JSON.stringify([c.id, c.unitId, c.unitPath, c.lastName, c.firstName, c.patronymic, c.phone, c.email]));
    }
    expect(identity.digest('hex').slice(0, 16)).toBe(IDENTITY_HASH);
  });

  it('gives everyone a gender matching the name, an adult age and an address in their branch’s place', () => {
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const c of generated) {
      const d = details(c);
      if (c.patronymic) expect(d.gender).toBe(/вна$/.test(c.patronymic) ? 'female' : 'male');
      const age = yearsBetween(d.birthDate!, DEMO_AS_OF);
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThan(91);
      const place = byId.get(c.unitId)!.place;
      expect([d.addressRegion, d.addressSettlement]).toEqual([place.regionUk, place.settlementUk]);
    }
    const ages = generated.map((c) => yearsBetween(details(c).birthDate!, DEMO_AS_OF));
    const median = ages.sort((a, b) => a - b)[ages.length >> 1];
    expect(median).toBeGreaterThan(40);
    expect(median).toBeLessThan(55);
    const kyiv = generated.find((c) => byId.get(c.unitId)!.code.startsWith('UA-30-'))!;
    expect(details(kyiv)).toMatchObject({ addressRegion: 'м. Київ', addressSettlement: 'Київ' });
  });

  it('matches the shares of real membership lists', () => {
    for (const [status, expected] of Object.entries(MEMBERSHIP_SHARES)) {
      expect(share((d) => d.membershipStatus === status), status).toBeCloseTo(expected, 1);
    }
    expect(share((d) => d.membershipStatus === null)).toBeCloseTo(0.34, 1);
    expect(share((d) => d.addressStreet !== null)).toBeCloseTo(PROFILE_RATES.street, 1);
    expect(share((d) => d.tags.length > 0)).toBeCloseTo(PROFILE_RATES.tags, 1);
    expect(share((d) => d.source !== null)).toBeCloseTo(PROFILE_RATES.source, 1);
    const members = generated.map(details).filter((d) => d.membershipStatus === 'member');
    expect(members.filter((d) => d.consentAt !== null).length / members.length).toBeGreaterThan(0.9);
    expect(members.every((d) => d.contactType === 'member')).toBe(true);
    expect(generated.every((c) => details(c).tags.every((t) => t.length <= 50) && new Set(details(c).tags).size === details(c).tags.length)).toBe(true);
  });

  it('gives members and suspended members unique cards, and nobody else', () => {
    const cards = contacts.map((c) => details(c).cardNumber).filter((n): n is string => n !== null);
    expect(new Set(cards).size).toBe(cards.length);
    for (const c of contacts) {
      const d = details(c);
      expect(d.cardNumber !== null, `${d.membershipStatus}`).toBe(d.membershipStatus === 'member' || d.membershipStatus === 'suspended');
      if (d.cardNumber) expect(d.cardNumber).toMatch(/^UA\d{2}-\d{6}$/);
    }
  });

  it('records a history of 1–3 steps the lifecycle allows, dated in order, ending in the current status', () => {
    for (const c of contacts) {
      const d = details(c);
      if (d.membershipStatus === null) {
        expect(d.history).toEqual([]);
        continue;
      }
      expect(d.history.length).toBeGreaterThanOrEqual(1);
      expect(d.history.length).toBeLessThanOrEqual(3);
      let state: { status: MembershipStatus | null; type: MembershipType | null } = { status: null, type: null };
      let last: string | null = null;
      for (const step of d.history) {
        expect(step.fromStatus).toBe(state.status);
        const checked = checkMembershipChange(state, { toStatus: step.toStatus, membershipType: step.membershipType, changedOn: step.changedOn, reason: step.reason }, last, DEMO_AS_OF);
        expect(checked, JSON.stringify(d.history)).toMatchObject({ ok: true });
        expect(yearsBetween(d.birthDate!, step.changedOn)).toBeGreaterThanOrEqual(17.99);
        state = { status: step.toStatus, type: step.membershipType };
        last = step.changedOn;
      }
      expect([d.membershipStatus, d.membershipType, d.membershipSince]).toEqual([state.status, state.type, last]);
    }
  });

  it('makes the demo member a member with a card', () => {
    const member = DEMO_ACCOUNTS.find((a) => a.role === 'member')!;
    const own = contacts.find((c) => c.id === member.contact.id)!;
    expect(details(own)).toMatchObject({ membershipStatus: 'member', gender: 'male' });
    expect(details(own).cardNumber).toMatch(/^UA32-\d{6}$/);
  });
});

describe('isoOf', () => {
  it('formats days as Date does, across leap years and centuries', () => {
    for (let day = dayOf('1900-01-01'); day <= dayOf('2100-12-31'); day += 3) expect(isoOf(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    expect(isoOf(dayOf('2024-02-29'))).toBe('2024-02-29');
    expect(isoOf(dayOf('2000-03-01') - 1)).toBe('2000-02-29');
  });
});
