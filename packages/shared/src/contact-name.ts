/**
 * A contact's full name: last name, first name, patronymic. It is both what lists show and
 * the collated sort key they are ordered by (`contact.sort_name`).
 */
export function contactFullName(parts: { lastName: string; firstName: string; patronymic?: string | null }): string {
  return [parts.lastName, parts.firstName, parts.patronymic].filter(Boolean).join(' ');
}
