import { registerEnumType } from 'type-graphql';
import { DUES_PERIOD_KINDS, PAYMENT_METHODS } from '@hromada/shared';

/** A GraphQL enum over stored lower-case values: `BANK_TRANSFER` in the schema is 'bank_transfer' in code. */
function storedEnum<T extends string>(values: readonly T[]): Record<Uppercase<T>, T> {
  return Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as Record<Uppercase<T>, T>;
}

export const PaymentMethodEnum = storedEnum(PAYMENT_METHODS);
export const DuesPeriodEnum = storedEnum(DUES_PERIOD_KINDS);

registerEnumType(PaymentMethodEnum, { name: 'PaymentMethod' });
registerEnumType(DuesPeriodEnum, { name: 'DuesPeriod', description: 'How often a dues schedule charges: every month, or once a year.' });
