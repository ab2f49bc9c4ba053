/**
 * Money is integer kopiyky (1 hryvnia = 100 kopiyky), never floats: amounts typed by people
 * or read from bank statements are parsed digit by digit, and shown through a decimal string.
 */

const SPACE = '[\\s\\u00a0\\u202f\\u2009\'’]';
const CURRENCY = /^(грн\.?|uah|₴)\s*|\s*(грн\.?|uah|₴)$/gi;
/** The forms an amount may take: plain, grouped by spaces, or grouped by the other separator. */
const FORMS: { pattern: RegExp; grouping: RegExp | null }[] = [
  { pattern: /^\d*([.,]\d{1,2})?$/, grouping: null },
  { pattern: new RegExp(`^\\d{1,3}(${SPACE}\\d{3})+([.,]\\d{1,2})?$`), grouping: new RegExp(SPACE, 'g') },
  { pattern: /^\d{1,3}(,\d{3})+(\.\d{1,2})?$/, grouping: /,/g },
  { pattern: /^\d{1,3}(\.\d{3})+(,\d{1,2})?$/, grouping: /\./g },
];

/**
 * Kopiyky from an amount in hryvnias as text: "1 234,56", "1234.5", "1,234.56", "1.234,56 грн".
 * Thousands may be grouped by spaces or apostrophes, or by the separator that is not the
 * decimal point; groups must be of three digits ("50 25" is not an amount). A single
 * separator followed by exactly three digits groups thousands ("1.234" is 1234). At most two
 * decimal places. A sign ("-", "+", "−") is read only when `allowSign` (bank statements carry
 * debits); null when the text is not an amount or is beyond a safe integer of kopiyky.
 */
export function parseHryvnias(text: string, { allowSign = false }: { allowSign?: boolean } = {}): number | null {
  let s = text.trim().replace(CURRENCY, '').trim();
  let sign = 1;
  const signMatch = /^([-+\u2212])\s*/.exec(s);
  if (signMatch) {
    if (!allowSign) return null;
    sign = signMatch[1] === '+' ? 1 : -1;
    s = s.slice(signMatch[0].length);
  }
  if (!/\d/.test(s)) return null;
  const form = FORMS.find((f) => f.pattern.test(s));
  if (!form) return null;
  const plain = form.grouping ? s.replace(form.grouping, '') : s;
  const [whole, fraction = ''] = plain.split(/[.,]/);
  const kopiyky = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(kopiyky)) return null;
  return sign * kopiyky;
}

/** The amount as an exact decimal string in hryvnias ("-1234.05"), for Intl formatting and inputs. */
export function kopiykyToDecimal(kopiyky: number): string {
  if (!Number.isSafeInteger(kopiyky)) throw new RangeError(`Not a whole number of kopiyky: ${kopiyky}`);
  const sign = kopiyky < 0 ? '-' : '';
  const abs = Math.abs(kopiyky);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
