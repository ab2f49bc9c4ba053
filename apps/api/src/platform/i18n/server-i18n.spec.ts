import { describe, expect, it } from 'vitest';
import { translate } from './server-i18n';

describe('translate', () => {
  it('reads the web app’s keys with params, in either language', () => {
    expect(translate('en', 'errors:phoneInvalid', { value: '12' })).toBe('“12” is not a phone number. Enter it with the area code, e.g. 067 123 45 67 or +48 512 345 678.');
    expect(translate('uk', 'imports:error.fileTooLarge', { max: 50 })).toBe('Файл більший за 50\u00a0МБ. Розділіть його на менші файли.');
  });

  it('picks the plural form by count, with the number written the language’s way', () => {
    expect(translate('uk', 'imports:error.allOrNothingRejected', { count: 1 })).toContain('1 рядок має помилки');
    expect(translate('uk', 'imports:error.allOrNothingRejected', { count: 3 })).toContain('3 рядки мають помилки');
    expect(translate('uk', 'imports:error.allOrNothingRejected', { count: 12345 })).toContain('12\u00a0345 рядків');
    expect(translate('en', 'imports:error.allOrNothingRejected', { count: 2 })).toContain('2 rows have errors');
  });

  it('falls back to the key when there is no such text', () => {
    expect(translate('uk', 'imports:error.noSuchKey')).toBe('imports:error.noSuchKey');
    expect(translate('en', '../../etc:passwd')).toBe('../../etc:passwd');
  });
});
