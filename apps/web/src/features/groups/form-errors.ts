import type { FieldProblem } from '@hromada/shared';
import type { i18n as I18n } from 'i18next';
import { describeError, translateError } from '../../lib/errors';

export interface GroupFormErrors {
  /** By form field: the API's field name up to its first dot (`tagsAny.2` → `tagsAny`). */
  fields: Record<string, string>;
  general: string[];
}

/**
 * The builder's messages: problems the shared check found before sending, and those the API
 * sent back, each beside its field, translated on every render (a language switch re-words them).
 */
export function groupFormErrors(problems: readonly FieldProblem[], error: unknown, i18n: I18n, fields: readonly string[]): GroupFormErrors {
  const result: GroupFormErrors = { fields: {}, general: [] };
  const descriptors = [
    ...problems.map((p) => ({ code: 'BAD_USER_INPUT', i18nKey: p.i18nKey, params: p.params ?? {}, field: p.field })),
    ...(error ? describeError(error) : []),
  ];
  for (const descriptor of descriptors) {
    const message = translateError(descriptor, i18n);
    const field = descriptor.field?.split('.')[0];
    if (field && fields.includes(field)) result.fields[field] ??= message;
    else if (!result.general.includes(message)) result.general.push(message);
  }
  return result;
}
