import { formatCardNumber, type ContactKind, type Gender, type MembershipStatus, type MembershipType } from '@hromada/shared';
import { DEMO_AS_OF, dayOf, drawMembership, isoOf, type SeedHistoryStep } from './demo-membership';
import { WeightedTable, type Rng } from './prng';

/** Where a branch is: what its members write in their address, and the region's code for card numbers. */
export interface SeedPlace {
  regionCode: string;
  regionUk: string;
  settlementUk: string;
  /** Cities and city quarters: streets are avenues too, and flats have numbers. */
  urban: boolean;
}

/** Everything of a demo contact beyond name, phone and e-mail. */
export interface SeedContactDetails {
  gender: Gender | null;
  birthDate: string | null;
  addressRegion: string;
  addressSettlement: string;
  addressStreet: string | null;
  contactType: ContactKind;
  tags: string[];
  source: string | null;
  /** ISO timestamp. */
  consentAt: string | null;
  consentVersion: string | null;
  membershipType: MembershipType | null;
  membershipStatus: MembershipStatus | null;
  membershipSince: string | null;
  cardNumber: string | null;
  /** Oldest first, consistent with the current status. */
  history: SeedHistoryStep[];
}

/** Shares observed in real membership lists. */
export const PROFILE_RATES = { street: 0.6, tags: 0.3, source: 0.5, flat: 0.5, consentMember: 0.95, consentFormer: 0.8, consentOther: 0.55 } as const;

/** Party members skew older than the population; nobody under 18 or over 90. */
const AGE_BANDS = new WeightedTable<readonly [number, number]>([
  [[18, 29], 13], [[30, 39], 18], [[40, 49], 20], [[50, 59], 20], [[60, 69], 17], [[70, 79], 10], [[80, 90], 2],
]);
const STREETS = ['Шевченка', 'Незалежності', 'Грушевського', 'Соборна', 'Івана Франка', 'Лесі Українки', 'Героїв України', 'Миру', 'Садова', 'Центральна', 'Зелена', 'Молодіжна', 'Київська', 'Шкільна', 'Польова', 'Січових Стрільців', 'Гетьмана Мазепи', 'Вишнева'];
const URBAN_STREET_KINDS = new WeightedTable([['вул.', 80], ['просп.', 12], ['пров.', 8]]);
const TAGS = new WeightedTable([
  ['волонтер', 25], ['агітатор', 18], ['спостерігач', 14], ['донор', 10], ['ветеран', 8], ['ВПО', 7], ['студент', 6],
  ['пенсіонер', 8], ['підприємець', 6], ['медик', 4], ['освітянин', 5], ['лідер думок', 3],
]);
const SOURCES = new WeightedTable([
  ['Вулична акція', 22], ['Сайт', 18], ['Рекомендація члена', 20], ['Захід осередку', 16], ['Соцмережі', 14], ['Гаряча лінія', 5], ['Імпорт з таблиці', 5],
]);
const OTHER_KINDS = new WeightedTable<ContactKind>([['supporter', 72], ['volunteer', 20], ['donor', 8]]);
const APPLICANT_KINDS = new WeightedTable<ContactKind>([['supporter', 60], ['volunteer', 40]]);
/** The consent text changed at the start of 2024. */
const CONSENT_V2_FROM = dayOf('2024-01-01');

/**
 * Details of demo contacts from their own generator stream, so the names, phones and e-mails
 * of the people stay what they were. Card numbers come from one serial, unique across the set.
 */
export class ContactProfileFactory {
  private serial = 0;
  private readonly asOf = dayOf(DEMO_AS_OF);

  constructor(private readonly rng: Rng) {}

  /** Cards issued so far: where the database's card sequence continues. */
  get cardsIssued(): number {
    return this.serial;
  }

  next(gender: Gender | null, place: SeedPlace, forced?: MembershipStatus): SeedContactDetails {
    const rng = this.rng;
    const [minAge, maxAge] = AGE_BANDS.pick(rng);
    const age = rng.int(minAge, maxAge);
    const birth = this.asOf - Math.round(age * 365.25) - rng.int(0, 364);
    const membership = drawMembership(rng, birth + Math.ceil(18 * 365.25), this.asOf, forced);
    const status = membership?.status ?? null;
    const carded = status === 'member' || status === 'suspended';
    return {
      gender,
      birthDate: isoOf(birth),
      addressRegion: place.regionUk,
      addressSettlement: place.settlementUk,
      addressStreet: rng.chance(PROFILE_RATES.street) ? this.street(place.urban) : null,
      contactType: kindFor(rng, status),
      tags: rng.chance(PROFILE_RATES.tags) ? this.tags(age) : [],
      source: rng.chance(PROFILE_RATES.source) ? SOURCES.pick(rng) : null,
      ...this.consent(status, membership?.joinedDay ?? null),
      membershipType: membership?.type ?? null,
      membershipStatus: status,
      membershipSince: membership?.since ?? null,
      cardNumber: carded ? formatCardNumber(place.regionCode, ++this.serial) : null,
      history: membership?.steps ?? [],
    };
  }

  private street(urban: boolean): string {
    const rng = this.rng;
    const kind = urban ? URBAN_STREET_KINDS.pick(rng) : 'вул.';
    const house = `${kind} ${rng.pick(STREETS)}, ${rng.int(1, urban ? 160 : 90)}`;
    return urban && rng.chance(PROFILE_RATES.flat) ? `${house}, кв. ${rng.int(1, 240)}` : house;
  }

  /** One to three tags; "student" only for the young, "pensioner" only for the old. */
  private tags(age: number): string[] {
    const rng = this.rng;
    const wanted = rng.chance(0.6) ? 1 : rng.chance(0.75) ? 2 : 3;
    const tags = new Set<string>();
    for (let i = 0; i < wanted; i++) {
      const tag = TAGS.pick(rng);
      if ((tag === 'студент' && age > 25) || (tag === 'пенсіонер' && age < 60)) continue;
      tags.add(tag);
    }
    return [...tags];
  }

  /** Members consented when they joined; others at some point in the last four years. */
  private consent(status: MembershipStatus | null, joinedDay: number | null): { consentAt: string | null; consentVersion: string | null } {
    const rng = this.rng;
    const rate = status === 'left' || status === 'expelled' ? PROFILE_RATES.consentFormer : status ? PROFILE_RATES.consentMember : PROFILE_RATES.consentOther;
    if (!rng.chance(rate)) return { consentAt: null, consentVersion: null };
    const day = joinedDay ?? this.asOf - rng.int(0, 4 * 365);
    // Office hours, UTC.
    const minute = rng.int(7 * 60, 17 * 60);
    const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00Z`;
    return { consentAt: `${isoOf(day)}T${time}`, consentVersion: day >= CONSENT_V2_FROM ? 'v2' : 'v1' };
  }
}

function kindFor(rng: Rng, status: MembershipStatus | null): ContactKind {
  if (status === 'member' || status === 'suspended') return 'member';
  if (status === 'applicant' || status === 'candidate') return APPLICANT_KINDS.pick(rng);
  if (status === 'left' || status === 'expelled') return 'supporter';
  return OTHER_KINDS.pick(rng);
}
