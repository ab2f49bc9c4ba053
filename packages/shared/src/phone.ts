import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/** E.164 form of a phone number, or null when it is not a valid number. Ukraine by default. */
export function normalizePhone(raw: string, defaultCountry: CountryCode = 'UA'): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}

/** An E.164 number in international form for reading ("+380 67 123 4567"); other text as is. */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed?.isValid() ? parsed.formatInternational() : e164;
}
