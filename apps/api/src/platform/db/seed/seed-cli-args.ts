import { parseArgs } from 'node:util';
import { DEFAULT_BRANCHES, DEFAULT_CONTACTS, DEFAULT_SEED, FIXED_CONTACTS, MAX_BRANCHES, MIN_BRANCHES } from './demo-organization';

export interface SeedCliArgs {
  contacts: number;
  branches: number;
  seed: number;
  database: string;
  reset: boolean;
  help: boolean;
}

export const SEED_USAGE = `Loads the demo organization into an empty database.

usage: node apps/api/dist/platform/db/seed/seed-cli.js [options]
  --contacts N     contacts in total (default ${DEFAULT_CONTACTS})
  --branches N     branches, at least ${MIN_BRANCHES} (default ${DEFAULT_BRANCHES})
  --seed N         generator seed (default ${DEFAULT_SEED})
  --database NAME  database name (default hromada); on the embedded server unless DATABASE_URL is set
  --reset          drop and recreate that database first
  --help           show this text`;

/** A mistake on the command line: the CLI prints it with the usage and exits with 2. */
export class SeedArgsError extends Error {}

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  // Digits only, with optional _ or , separators (1_000_000): "1e6" or "12abc" are mistakes, not numbers.
  const digits = raw.replace(/[_,]/g, '');
  const value = /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new SeedArgsError(`--${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function parseSeedArgs(argv: readonly string[]): SeedCliArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        contacts: { type: 'string' },
        branches: { type: 'string' },
        seed: { type: 'string' },
        database: { type: 'string' },
        reset: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new SeedArgsError(error instanceof Error ? error.message : String(error));
  }
  const database = values.database ?? 'hromada';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) {
    throw new SeedArgsError(`--database must be lower-case letters, digits and _ (at most 63), got "${database}"`);
  }
  return {
    contacts: integer('contacts', values.contacts, DEFAULT_CONTACTS, FIXED_CONTACTS.length, 100_000_000),
    branches: integer('branches', values.branches, DEFAULT_BRANCHES, MIN_BRANCHES, MAX_BRANCHES),
    seed: integer('seed', values.seed, DEFAULT_SEED, 0, 0xffff_ffff),
    database,
    reset: values.reset,
    help: values.help,
  };
}
