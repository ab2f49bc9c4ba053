import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActivityKind } from '@hromada/shared';
import { execute, pgArray } from '../../platform/db/sql';
import { encodeCursor } from '../../platform/graphql/pagination';
import type { ContactActivityPage, ContactActivityRecord } from './timeline.types';

/** A position on a timeline: after the entry at these microseconds and this id. */
export interface TimelinePosition {
  micros: string;
  id: string;
}

export interface TimelinePageKey {
  contactId: string;
  first: number;
  after: TimelinePosition | null;
}

interface ActivityRow {
  key_contact_id: string;
  total: number;
  id: string | null;
  contact_id: string;
  kind: ActivityKind;
  subject: string | null;
  body: string | null;
  occurred_at: number;
  occurred_micros: string;
  payload: Record<string, unknown> | null;
  actor_name: string | null;
  created_at: number;
}

const ACTIVITY_COLUMNS = `a.id, a.contact_id, a.kind, a.subject, a.body, a.payload, u.display_name as actor_name,
  (extract(epoch from a.occurred_at) * 1000)::float8 as occurred_at,
  (extract(epoch from a.occurred_at) * 1000000)::bigint::text as occurred_micros,
  (extract(epoch from a.created_at) * 1000)::float8 as created_at`;

/** The keyset condition: strictly older than the position, in (occurred_at desc, id desc) order. */
const BEFORE = `(a.occurred_at, a.id) < (timestamptz 'epoch' + ?::bigint * interval '1 microsecond', ?::uuid)`;

function toRecord(row: ActivityRow & { id: string }): ContactActivityRecord {
  return {
    id: row.id,
    contactId: row.contact_id,
    kind: row.kind,
    subject: row.subject,
    body: row.body,
    payload: row.payload,
    actorName: row.actor_name,
    occurredAt: new Date(row.occurred_at),
    occurredAtMicros: row.occurred_micros,
    createdAt: new Date(row.created_at),
  };
}

export const timelineCursor = (activity: ContactActivityRecord) => encodeCursor([activity.occurredAtMicros, activity.id]);

export type TimelineLoaders = ReturnType<typeof createTimelineLoaders>;

/**
 * Timeline pages. Timelines of many contacts asked with the same page arguments (a list
 * of contacts, say) are read by one statement: a lateral page per contact, its total and
 * each entry's actor name. The caller has already checked that the contacts are visible.
 */
export function createTimelineLoaders(em: EntityManager) {
  const page = new DataLoader<TimelinePageKey, ContactActivityPage, string>(
    async (keys) => {
      const groups = new Map<string, TimelinePageKey[]>();
      for (const key of keys) {
        const group = `${key.first}|${key.after?.micros ?? ''}|${key.after?.id ?? ''}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const pages = new Map<string, ContactActivityPage>();
      for (const group of groups.values()) {
        const { first, after } = group[0];
        const rows = await execute<ActivityRow>(
          em,
          `select k.contact_id as key_contact_id, t.total, ${ACTIVITY_COLUMNS}
             from unnest(?::uuid[]) as k(contact_id)
             cross join lateral (select count(*)::int as total from contact_activity c where c.contact_id = k.contact_id) t
             left join lateral (
               select * from contact_activity a
                where a.contact_id = k.contact_id ${after ? `and ${BEFORE}` : ''}
                order by a.occurred_at desc, a.id desc limit ${first + 1}
             ) a on true
             left join app_user u on u.id = a.actor_user_id
            order by k.contact_id, a.occurred_at desc, a.id desc`,
          [pgArray(group.map((key) => key.contactId)), ...(after ? [after.micros, after.id] : [])],
        );
        for (const key of group) {
          const mine = rows.filter((row) => row.key_contact_id === key.contactId);
          const entries = mine.filter((row): row is ActivityRow & { id: string } => row.id !== null).map(toRecord);
          const shown = entries.slice(0, first);
          pages.set(JSON.stringify(key), {
            edges: shown.map((node) => ({ cursor: timelineCursor(node), node })),
            pageInfo: { hasNextPage: entries.length > first, endCursor: shown.length ? timelineCursor(shown[shown.length - 1]) : null },
            totalCount: mine[0]?.total ?? 0,
          });
        }
      }
      return keys.map((key) => pages.get(JSON.stringify(key))!);
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );

  return { page };
}

/** One entry with its actor's name, as the timeline shows it. */
export async function readActivity(em: EntityManager, id: string): Promise<ContactActivityRecord | null> {
  const [row] = await execute<ActivityRow & { id: string }>(
    em,
    `select ${ACTIVITY_COLUMNS} from contact_activity a left join app_user u on u.id = a.actor_user_id where a.id = ?`,
    [id],
  );
  return row ? toRecord(row) : null;
}
