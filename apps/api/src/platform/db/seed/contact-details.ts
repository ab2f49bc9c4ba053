import { WeightedTable, type Rng } from './prng';

/** Mobile operator codes with rough market shares (Kyivstar, Vodafone, lifecell, smaller ones). */
const OPERATORS = new WeightedTable<number>([
  [67, 18], [68, 6], [96, 10], [97, 12], [98, 8],
  [50, 14], [66, 9], [95, 8], [99, 5],
  [63, 8], [73, 5], [93, 6],
  [91, 1], [92, 1], [94, 1],
]);

/** Unique Ukrainian mobile numbers in E.164 (+380XXXXXXXXX). */
export class PhoneBook {
  private readonly used = new Set<number>();

  /** Marks a number as taken (fixed demo contacts), so generated ones never repeat it. */
  reserve(e164: string): void {
    if (!/^\+380\d{9}$/.test(e164)) throw new RangeError(`not a Ukrainian E.164 number: ${e164}`);
    this.used.add(Number(e164.slice(4)));
  }

  next(rng: Rng): string {
    for (;;) {
      // Subscriber numbers from 1000000 keep every generated number 9 digits after +380.
      const national = OPERATORS.pick(rng) * 10_000_000 + rng.int(1_000_000, 9_999_999);
      if (!this.used.has(national)) {
        this.used.add(national);
        return `+380${national}`;
      }
    }
  }
}

const DOMAINS = new WeightedTable<string>([['ukr.net', 38], ['gmail.com', 34], ['i.ua', 9], ['meta.ua', 6], ['outlook.com', 7]]);
const DIASPORA_DOMAINS = new WeightedTable<string>([['gmail.com', 65], ['outlook.com', 35]]);

type LocalPart = (first: string, last: string, year: number) => string;

const yy = (year: number): string => String(year % 100).padStart(2, '0');

/** How people actually build addresses: taras.shevchenko87, t.shevchenko, shevchenko1987 … */
const LOCAL_PARTS = new WeightedTable<LocalPart>([
  [(f, l, y) => `${f}.${l}${yy(y)}`, 30],
  [(f, l) => `${f}.${l}`, 18],
  [(f, l) => `${l}.${f}`, 10],
  [(f, l) => `${f[0]}.${l}`, 10],
  [(_f, l, y) => `${l}${y}`, 10],
  [(f, l) => `${f}_${l}`, 8],
  [(f, l, y) => `${f}${l}${yy(y)}`, 8],
  [(f, l, y) => `${l}_${f[0]}${yy(y)}`, 6],
]);

/** Lower-case ASCII letters only: accents dropped (ż → z), apostrophes and hyphens removed. */
function asciiWord(latin: string): string {
  return latin.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}

/** Unique, lower-case e-mail addresses built from a person's Latin name. */
export class EmailBook {
  private readonly used = new Set<string>();

  reserve(email: string): void {
    this.used.add(email.toLowerCase());
  }

  next(rng: Rng, latinFirst: string, latinLast: string, diaspora: boolean): string {
    const first = asciiWord(latinFirst) || 'member';
    const last = asciiWord(latinLast) || 'hromada';
    const domain = (diaspora ? DIASPORA_DOMAINS : DOMAINS).pick(rng);
    let local = LOCAL_PARTS.pick(rng)(first, last, rng.int(1950, 2006));
    // Namesakes: add digits, as the mail providers suggest at sign-up.
    while (this.used.has(`${local}@${domain}`)) local = `${local}${rng.int(1, 99)}`;
    const email = `${local}@${domain}`;
    this.used.add(email);
    return email;
  }
}
