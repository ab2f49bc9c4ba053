import { describe, expect, it } from 'vitest';
import { CliArgsError, databaseNameArg, parseOptions, wholeNumberArg } from './cli-args';

describe('command-line arguments', () => {
  it('parses named options and refuses unknown ones and positionals as argument errors', () => {
    const options = { name: { type: 'string' }, flag: { type: 'boolean', default: false } } as const;
    expect(parseOptions(['--name', 'x', '--flag'], options)).toEqual({ name: 'x', flag: true });
    expect(() => parseOptions(['--other'], options)).toThrow(CliArgsError);
    expect(() => parseOptions(['stray'], options)).toThrow(CliArgsError);
  });

  it('takes database names that can go into DDL as they are', () => {
    expect(databaseNameArg(undefined)).toBe('hromada');
    expect(databaseNameArg('hromada_bench')).toBe('hromada_bench');
    for (const bad of ['Hromada', '1db', 'a-b', 'x;drop', 'a'.repeat(64)]) expect(() => databaseNameArg(bad)).toThrow(CliArgsError);
  });

  it('reads whole numbers with separators and refuses anything else', () => {
    expect(wholeNumberArg('n', '1_000,000', 5)).toBe(1_000_000);
    expect(wholeNumberArg('n', undefined, 5)).toBe(5);
    expect(() => wholeNumberArg('n', '1e6', 5)).toThrow('--n must be a whole number ≥ 1, got "1e6"');
    expect(() => wholeNumberArg('n', '0', 5)).toThrow(CliArgsError);
  });
});
