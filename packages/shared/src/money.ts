/**
 * Money is integer kopiyky (1 hryvnia = 100 kopiyky), never floats: amounts typed by people
 * or read from bank statements are parsed digit by digit, and shown through a decimal string.
 */

/** Spaces people and banks put between thousands: space, no-break, narrow no-break, thin, apostrophes. */
const GROUPING = /[\s\u00a0\u202f\u2009'’]/g;
const CURRENCY = /(грн\.?|uah|₴)/gi;
const DIGITS = /^\d+$/;

/**
 * Kopiyky from an amount in hryvnias as text: "1 234,56", "1234.5", "1,234.56", "1.234,56 грн".
 * With one separator it is the decimal point when at most two digits follow it, otherwise
 * thousands; with both, the last one is the decimal point. At most two decimal places.
 * A sign ("-", "+", "−") is read only when `allowSign` (bank statements carry debits);
 * null when the text is not an amount or is beyond a safe integer of kopiyky.
 */
export function parseHryvnias(text: string, { allowSign = false }: { allowSign?: boolean } = {}): number | null {
  let s = text.replace(CURRENCY, '').replace(GROUPING, '');
  let sign = 1;
  const signMatch = /^([-+\u2212])/.exec(s);
  if (signMatch) {
    if (!allowSign) return null;
    sign = signMatch[1] === '+' ? 1 : -1;
    s = s.slice(1);
  }
  if (s === '') return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let whole = s;
  let fraction = '';
  if (lastComma >= 0 && lastDot >= 0) {
    const point = Math.max(lastComma, lastDot);
    const grouping = point === lastComma ? '.' : ',';
    whole = s.slice(0, point).split(grouping).join('');
    fraction = s.slice(point + 1);
  } else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? ',' : '.';
    const parts = s.split(separator);
    const tail = parts[parts.length - 1];
    if (parts.length === 2 && tail.length <= 2) {
      [whole, fraction] = parts;
    } else if (parts.slice(1).every((p) => p.length === 3)) {
      whole = parts.join('');
    } else {
      return null;
    }
  }
  if (whole === '') whole = '0';
  if (!DIGITS.test(whole) || (fraction !== '' && !DIGITS.test(fraction)) || fraction.length > 2) return null;
  const kopiyky = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(kopiyky) || !Number.isSafeInteger(Number(whole) * 100)) return null;
  return sign * kopiyky;
}

/** The amount as an exact decimal string in hryvnias ("-1234.05"), for Intl formatting and inputs. */
export function kopiykyToDecimal(kopiyky: number): string {
  if (!Number.isSafeInteger(kopiyky)) throw new RangeError(`Not a whole number of kopiyky: ${kopiyky}`);
  const sign = kopiyky < 0 ? '-' : '';
  const abs = Math.abs(kopiyky);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
