import { describe, expect, it } from 'vitest';
import { DEFAULT_BRANCHES, DEFAULT_CONTACTS, DEFAULT_SEED } from './demo-organization';
import { CliArgsError } from '../../cli/cli-args';
import { parseSeedArgs } from './seed-cli-args';

describe('parseSeedArgs', () => {
  it('defaults to the demo organization in the hromada database', () => {
    expect(parseSeedArgs([])).toEqual({
      contacts: DEFAULT_CONTACTS,
      branches: DEFAULT_BRANCHES,
      seed: DEFAULT_SEED,
      database: 'hromada',
      reset: false,
      help: false,
    });
  });

  it('reads the benchmark options', () => {
    expect(parseSeedArgs(['--contacts', '1_000_000', '--branches=5000', '--database', 'hromada_bench', '--reset', '--seed', '7'])).toEqual({
      contacts: 1_000_000,
      branches: 5_000,
      seed: 7,
      database: 'hromada_bench',
      reset: true,
      help: false,
    });
  });

  it.each([
    [['--contacts', 'lots'], /--contacts must be a whole number/],
    [['--contacts', '1e6'], /--contacts must be a whole number/],
    [['--contacts', '-5'], /--contacts/],
    [['--contacts', '3'], /from 8/],
    [['--branches', '10'], /--branches must be a whole number from 25/],
    [['--database', 'Bad-Name'], /--database must be lower-case/],
    [['--frobnicate'], /frobnicate/],
    [['stray'], /stray/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseSeedArgs(argv)).toThrow(CliArgsError);
    expect(() => parseSeedArgs(argv)).toThrow(message);
  });
});
