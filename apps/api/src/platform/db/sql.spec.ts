import { describe, expect, it } from 'vitest';
import { pgArray, timestamp } from './sql';

describe('timestamp', () => {
  it('reads PostgreSQL timestamptz text as the same instant', () => {
    expect(timestamp('2026-11-23 12:13:04.219+00').toISOString()).toBe('2026-11-23T12:13:04.219Z');
    expect(timestamp('2026-11-23 14:13:04+02').toISOString()).toBe('2026-11-23T12:13:04.000Z');
    expect(timestamp('2026-11-23 12:13:04.219731+00').toISOString()).toBe('2026-11-23T12:13:04.219Z');
  });

  it('passes a Date through and refuses text that is not a timestamp', () => {
    const now = new Date();
    expect(timestamp(now)).toBe(now);
    expect(() => timestamp('yesterday')).toThrow('Not a timestamp: yesterday');
  });
});

describe('pgArray', () => {
  it('quotes and escapes every element', () => {
    expect(pgArray(['a', 'b"c', 'd\\e', null])).toBe('{"a","b\\"c","d\\\\e",NULL}');
  });
});
