import { toLatin } from '@hromada/shared';
import { EmailBook, PhoneBook } from './contact-details';
import { WeightedTable, type Rng } from './prng';
import { DIASPORA_FEMALE_FIRST_NAMES, DIASPORA_MALE_FIRST_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './ukrainian-first-names';
import { latinSurname, patronymic, surnameForm, type LatinStyle, type Sex } from './ukrainian-names';
import { SURNAMES, VERY_COMMON_SURNAMES } from './ukrainian-surnames';

/** Shares observed in real membership lists. */
export const PEOPLE_RATES = {
  male: 0.49,
  /** Members abroad, registered under Latin names without a patronymic. */
  diaspora: 0.02,
  patronymic: 0.95,
  phone: 0.92,
  email: 0.65,
} as const;

export interface Person {
  sex: Sex;
  lastName: string;
  firstName: string;
  patronymic: string | null;
  phone: string | null;
  email: string | null;
}

const SURNAME_TABLE = new WeightedTable(SURNAMES);
const MALE_TABLE = new WeightedTable(MALE_FIRST_NAMES);
const FEMALE_TABLE = new WeightedTable(FEMALE_FIRST_NAMES);
const DIASPORA_MALE_TABLE = new WeightedTable(DIASPORA_MALE_FIRST_NAMES);
const DIASPORA_FEMALE_TABLE = new WeightedTable(DIASPORA_FEMALE_FIRST_NAMES);
const LATIN_STYLES = new WeightedTable<LatinStyle>([['ukrainian', 70], ['polish', 15], ['german', 15]]);

/** Draws realistic, unique-contact people from one seeded generator. */
export class PersonFactory {
  private readonly phones = new PhoneBook();
  private readonly emails = new EmailBook();

  /** `reserved`: people already in the data set, whose phones and e-mails must not repeat. */
  constructor(
    private readonly rng: Rng,
    reserved: readonly { phone: string | null; email: string | null }[] = [],
  ) {
    for (const r of reserved) {
      if (r.phone) this.phones.reserve(r.phone);
      if (r.email) this.emails.reserve(r.email);
    }
  }

  /** `commonSurname`: take the surname from the short very-common list. */
  next(commonSurname: boolean): Person {
    const rng = this.rng;
    const sex: Sex = rng.chance(PEOPLE_RATES.male) ? 'male' : 'female';
    const baseSurname = commonSurname ? rng.pick(VERY_COMMON_SURNAMES) : SURNAME_TABLE.pick(rng);
    const diaspora = rng.chance(PEOPLE_RATES.diaspora);
    let lastName: string;
    let firstName: string;
    let middle: string | null = null;
    let latinFirst: string;
    let latinLast: string;
    if (diaspora) {
      lastName = latinSurname(surnameForm(baseSurname, sex), LATIN_STYLES.pick(rng));
      firstName = (sex === 'male' ? DIASPORA_MALE_TABLE : DIASPORA_FEMALE_TABLE).pick(rng);
      latinFirst = firstName;
      latinLast = lastName;
    } else {
      lastName = surnameForm(baseSurname, sex);
      firstName = (sex === 'male' ? MALE_TABLE : FEMALE_TABLE).pick(rng);
      if (rng.chance(PEOPLE_RATES.patronymic)) middle = patronymic(MALE_TABLE.pick(rng), sex);
      latinFirst = toLatin(firstName);
      latinLast = toLatin(lastName);
    }
    const phone = rng.chance(PEOPLE_RATES.phone) ? this.phones.next(rng) : null;
    const email = rng.chance(PEOPLE_RATES.email) ? this.emails.next(rng, latinFirst, latinLast, diaspora) : null;
    return { sex, lastName, firstName, patronymic: middle, phone, email };
  }
}
