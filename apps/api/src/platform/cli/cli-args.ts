import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command-line argument that is not what the command accepts; the CLI exits with 2. */
export class CliArgsError extends Error {}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Named options only (`--name value`, `--flag`), strictly: an unknown option or a positional is a CliArgsError. */
export function parseOptions<const O extends OptionsConfig>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], strict: true, allowPositionals: false, options }).values;
  } catch (error) {
    throw new CliArgsError(error instanceof Error ? error.message : String(error));
  }
}

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

/** `--database`: a plain PostgreSQL identifier, so it can be put into DDL and URLs as is. */
export function databaseNameArg(raw: string | undefined, fallback = 'hromada'): string {
  const database = raw ?? fallback;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) {
    throw new CliArgsError(`--database must be lower-case letters, digits and _ (at most 63), got "${database}"`);
  }
  return database;
}
