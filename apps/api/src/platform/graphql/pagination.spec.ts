import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageSize } from './pagination';

describe('pageSize', () => {
  it('defaults to 25 and accepts up to the cap', () => {
    expect(pageSize(undefined)).toBe(25);
    expect(pageSize(null)).toBe(25);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(100);
  });
  it('names the cap when asked for more', () => {
    expect(() => pageSize(101)).toThrow(/at most 100/);
  });
  it.each([0, -1, 2.5])('refuses %s', (n) => {
    expect(() => pageSize(n)).toThrow(/positive integer/);
  });
});

describe('cursors', () => {
  it('round-trip the keyset values, Cyrillic included', () => {
    const values = ['Шевченко Тарас', '4095d020-0791-4ebd-b9bb-61ead62616ce'];
    expect(decodeCursor(encodeCursor(values), 2)).toEqual(values);
  });
  it.each(['', 'garbage', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')])('refuse a forged cursor %#', (c) => {
    expect(() => decodeCursor(c, 2)).toThrow(/cursor is not valid/);
  });
});
