import { describe, expect, it } from 'vitest';
import { normalizePhone } from './phone';
import { isValidEmail } from './email';

describe('normalizePhone', () => {
  it('normalizes Ukrainian numbers in national and international form to E.164', () => {
    expect(normalizePhone('067 123 45 67')).toBe('+380671234567');
    expect(normalizePhone('+38 (050) 765-43-21')).toBe('+380507654321');
  });
  it('returns null for garbage', () => {
    expect(normalizePhone('12')).toBeNull();
    expect(normalizePhone('not a phone')).toBeNull();
  });
});

describe('isValidEmail', () => {
  it('accepts ordinary addresses and refuses malformed ones', () => {
    expect(isValidEmail('olena@example.org')).toBe(true);
    expect(isValidEmail('olena@example')).toBe(false);
    expect(isValidEmail('ol ena@example.org')).toBe(false);
    expect(isValidEmail('@example.org')).toBe(false);
  });
});
