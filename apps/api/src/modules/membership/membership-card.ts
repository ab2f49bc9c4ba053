import type { EntityManager } from '@mikro-orm/postgresql';
import { formatCardNumber } from '@hromada/shared';
import { execute } from '../../platform/db/sql';

/** Generated numbers that clash with a typed-in one are skipped; a few tries always suffice. */
const MAX_TRIES = 20;

/**
 * A new card number for a contact kept at `contactPath`: the region's code and the next serial
 * of one organization-wide sequence (`UA32-000123`). Outside any region, the root unit's code.
 */
export async function nextCardNumber(em: EntityManager, contactPath: string): Promise<string> {
  const [unit] = await execute<{ code: string }>(
    em,
    `select u.code from org_unit u
      where u.path @> ?::ltree and (u.kind = 'region' or u.parent_id is null)
      order by (u.kind = 'region') desc limit 1`,
    [contactPath],
  );
  for (let i = 0; i < MAX_TRIES; i++) {
    const [{ serial }] = await execute<{ serial: string }>(em, `select nextval('membership_card_seq')::text as serial`);
    const number = formatCardNumber(unit?.code ?? '', Number(serial));
    if (!(await cardNumberTaken(em, number, null))) return number;
  }
  throw new Error('membership_card_seq keeps running into typed-in card numbers');
}

/** Whether another contact (anywhere: numbers are unique organization-wide) holds the number. */
export async function cardNumberTaken(em: EntityManager, cardNumber: string, exceptContactId: string | null): Promise<boolean> {
  const [row] = await execute<{ taken: boolean }>(
    em,
    'select exists (select 1 from contact where card_number = ? and id is distinct from ?::uuid) as taken',
    [cardNumber, exceptContactId],
  );
  return row.taken;
}
