import { execute } from '../../platform/db/sql';
import type { EntityManager } from '@mikro-orm/postgresql';

export const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

/**
 * Minutes until the next attempt is allowed, or 0. An account counts failures since its last
 * success within the window; an address counts all its failures within the window.
 */
export async function loginRetryAfterMinutes(em: EntityManager, email: string, ip: string): Promise<number> {
  const rows: { account_failures: string; account_oldest: Date | null; ip_failures: string; ip_oldest: Date | null }[] =
    await execute(em, 
      `with recent as (
         select * from login_attempt where at > now() - make_interval(mins => ?) and (email = ? or ip = ?)
       ), last_success as (
         select max(at) as success_at from recent where email = ? and succeeded
       ), account as (
         select recent.at from recent, last_success where recent.email = ? and not recent.succeeded
           and (last_success.success_at is null or recent.at > last_success.success_at)
       )
       select (select count(*) from account) as account_failures,
              (select min(at) from account) as account_oldest,
              (select count(*) from recent where ip = ? and not succeeded) as ip_failures,
              (select min(at) from recent where ip = ? and not succeeded) as ip_oldest`,
      [WINDOW_MINUTES, email, ip, email, email, ip, ip],
    );
  const row = rows[0];
  const waits: number[] = [];
  const minutesLeft = (oldest: Date | null) =>
    oldest ? Math.max(1, Math.ceil((new Date(oldest).getTime() + WINDOW_MINUTES * 60_000 - Date.now()) / 60_000)) : 1;
  if (Number(row.account_failures) >= MAX_FAILURES_PER_ACCOUNT) waits.push(minutesLeft(row.account_oldest));
  if (Number(row.ip_failures) >= MAX_FAILURES_PER_IP) waits.push(minutesLeft(row.ip_oldest));
  return waits.length ? Math.max(...waits) : 0;
}

export async function recordLoginAttempt(em: EntityManager, email: string, ip: string, succeeded: boolean): Promise<void> {
  await execute(em, 'insert into login_attempt (email, ip, succeeded) values (?, ?, ?)', [email, ip, succeeded]);
}
