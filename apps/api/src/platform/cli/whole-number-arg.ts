/** A command-line argument that is not what the command accepts; the CLI exits with 2. */
export class CliArgsError extends Error {}

/**
 * A whole-number option: digits only, with optional _ or , separators (1_000_000); "1e6" or
 * "12abc" are mistakes, not numbers. Undefined gives the fallback.
 */
export function wholeNumberArg(name: string, raw: string | undefined, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (raw === undefined) return fallback;
  const digits = raw.replace(/[_,]/g, '');
  const value = /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    throw new CliArgsError(`--${name} must be a whole number ${range}, got "${raw}"`);
  }
  return value;
}
