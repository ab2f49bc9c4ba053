import { databaseNameArg, parseOptions, wholeNumberArg } from '../../cli/cli-args';
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

export function parseSeedArgs(argv: readonly string[]): SeedCliArgs {
  const values = parseOptions(argv, {
    contacts: { type: 'string' },
    branches: { type: 'string' },
    seed: { type: 'string' },
    database: { type: 'string' },
    reset: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  });
  return {
    contacts: wholeNumberArg('contacts', values.contacts, DEFAULT_CONTACTS, FIXED_CONTACTS.length, 100_000_000),
    branches: wholeNumberArg('branches', values.branches, DEFAULT_BRANCHES, MIN_BRANCHES, MAX_BRANCHES),
    seed: wholeNumberArg('seed', values.seed, DEFAULT_SEED, 0, 0xffff_ffff),
    database: databaseNameArg(values.database),
    reset: values.reset,
    help: values.help,
  };
}
