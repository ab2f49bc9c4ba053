import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone } from './phone';
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

describe('formatPhone', () => {
  it('spaces a stored number for reading and leaves anything else alone', () => {
    expect(formatPhone('+380671234567')).toBe('+380 67 123 4567');
    expect(formatPhone('+48512345678')).toBe('+48 512 345 678');
    expect(formatPhone('12')).toBe('12');
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
