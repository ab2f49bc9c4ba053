import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { i18n as I18n } from 'i18next';
import { formatNumber } from './format';

/** One problem reported by the API (or the network), ready to be translated. */
export interface ErrorDescriptor {
  code: string | null;
  /** Namespace-prefixed i18n key, e.g. `errors:invalidCredentials`. */
  i18nKey: string;
  params: Record<string, unknown>;
  /** The form field the problem belongs to, when the API names one. */
  field: string | null;
}

interface RawGraphQLError {
  message?: string;
  extensions?: Record<string, unknown>;
}

export const UNKNOWN_ERROR_KEY = 'errors:unknown';
export const NETWORK_ERROR_KEY = 'errors:network';

/** Used when the API sends a code without an i18n key (or a key we don't know). */
const KEY_BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: 'errors:unauthenticated',
  FORBIDDEN: 'errors:forbidden',
  INTERNAL_SERVER_ERROR: 'errors:internal',
  INTERNAL: 'errors:internal',
  CSRF: 'errors:csrf',
};

/** Keys whose wording depends on a number: the param that selects the plural form. */
const PLURAL_PARAM: Record<string, string> = {
  'errors:loginThrottled': 'minutes',
  'errors:searchTooShort': 'min',
  'errors:validationFailed': 'count',
};

const I18N_KEY = /^[a-zA-Z]+:[\w.]+$/;
const NETWORK_STATUSES = new Set([0, 502, 503, 504]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A validation error carries one problem per field; each becomes its own descriptor. */
function fromGraphQLErrorWithFields(error: RawGraphQLError): ErrorDescriptor[] {
  const fieldErrors = error.extensions?.fieldErrors;
  if (!Array.isArray(fieldErrors) || fieldErrors.length === 0) return [fromGraphQLError(error)];
  return fieldErrors.filter(isRecord).map((fieldError) => fromGraphQLError({ extensions: { code: error.extensions?.code, ...fieldError } }));
}

function fromGraphQLError(error: RawGraphQLError): ErrorDescriptor {
  const ext = error.extensions ?? {};
  const code = typeof ext.code === 'string' ? ext.code : null;
  const key = typeof ext.i18nKey === 'string' && I18N_KEY.test(ext.i18nKey) ? ext.i18nKey : null;
  return {
    code,
    i18nKey: key ?? (code && KEY_BY_CODE[code]) ?? UNKNOWN_ERROR_KEY,
    params: isRecord(ext.params) ? { ...ext.params } : {},
    field: typeof ext.field === 'string' ? ext.field : null,
  };
}

/** GraphQL errors sent with a non-2xx status (e.g. a refused CSRF check) arrive as a ServerError. */
function graphQLErrorsInBody(bodyText: string): RawGraphQLError[] {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (isRecord(body) && Array.isArray(body.errors)) return body.errors.filter(isRecord) as RawGraphQLError[];
  } catch {
    // not JSON (a proxy's HTML error page, say)
  }
  return [];
}

function isFetchFailure(error: unknown): boolean {
  if (!(error instanceof Error) && !isRecord(error)) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return (
    name === 'TypeError' &&
    typeof message === 'string' &&
    /fetch|network|load failed/i.test(message)
  );
}

/** Everything the error says, as translatable descriptors (never empty). */
export function describeError(error: unknown): ErrorDescriptor[] {
  const generic = (i18nKey: string): ErrorDescriptor[] => [{ code: null, i18nKey, params: {}, field: null }];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.length ? error.errors.flatMap(fromGraphQLErrorWithFields) : generic(UNKNOWN_ERROR_KEY);
  }
  if (ServerError.is(error)) {
    const inBody = graphQLErrorsInBody(error.bodyText);
    if (inBody.length) return inBody.flatMap(fromGraphQLErrorWithFields);
    if (error.statusCode === 401) return [{ ...generic('errors:unauthenticated')[0], code: 'UNAUTHENTICATED' }];
    return generic(NETWORK_STATUSES.has(error.statusCode) ? NETWORK_ERROR_KEY : UNKNOWN_ERROR_KEY);
  }
  if (isFetchFailure(error)) return generic(NETWORK_ERROR_KEY);
  return generic(UNKNOWN_ERROR_KEY);
}

export function errorCodes(error: unknown): string[] {
  return describeError(error)
    .map((d) => d.code)
    .filter((code): code is string => code !== null);
}

export function isUnauthenticated(error: unknown): boolean {
  return errorCodes(error).includes('UNAUTHENTICATED');
}

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** The localized text of one descriptor; unknown keys fall back to `errors:unknown`. */
export function translateError(descriptor: ErrorDescriptor, i18n: I18n): string {
  const t = i18n.t.bind(i18n) as unknown as LooseT;
  const language = i18n.language;
  let key = descriptor.i18nKey;
  const options: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(descriptor.params)) {
    options[name] = typeof value === 'number' ? formatNumber(value, language) : value;
  }
  // A numeric `count` picks the plural form, as i18next expects; other keys name their number above.
  const pluralParam = PLURAL_PARAM[key] ?? (typeof descriptor.params.count === 'number' ? 'count' : undefined);
  if (pluralParam) {
    const count = Number(descriptor.params[pluralParam]);
    if (Number.isFinite(count)) options.count = count;
  }
  if (!i18n.exists(key, options)) {
    key = (descriptor.code && KEY_BY_CODE[descriptor.code]) || UNKNOWN_ERROR_KEY;
  }
  if (key === 'errors:internal' && !options.requestId) key = 'errors:internalNoReference';
  return t(key, options);
}

/** One message for the whole error: the first problem, translated. */
export function errorMessage(error: unknown, i18n: I18n): string {
  return translateError(describeError(error)[0], i18n);
}

export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  /** Problems not tied to one of the form's fields, translated and de-duplicated. */
  general: string[];
}

/** Splits an error into messages for the given fields and general messages. */
export function formErrors<F extends string>(error: unknown, i18n: I18n, fields: readonly F[]): FormErrors<F> {
  const result: FormErrors<F> = { fields: {}, general: [] };
  for (const descriptor of describeError(error)) {
    const message = translateError(descriptor, i18n);
    const field = fields.find((f) => f === descriptor.field);
    if (field && !result.fields[field]) result.fields[field] = message;
    else if (!field && !result.general.includes(message)) result.general.push(message);
  }
  return result;
}
