import { describe, expect, it } from 'vitest';
import { contactFullName } from './contact-name';

describe('contactFullName', () => {
  it('joins last name, first name and patronymic, leaving out what is missing', () => {
    expect(contactFullName({ lastName: 'Шевченко', firstName: 'Тарас', patronymic: 'Григорович' })).toBe('Шевченко Тарас Григорович');
    expect(contactFullName({ lastName: 'Shevchenko', firstName: 'Andrew', patronymic: null })).toBe('Shevchenko Andrew');
    expect(contactFullName({ lastName: 'Бойко', firstName: 'Олег' })).toBe('Бойко Олег');
  });
});
