import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validateContactFilter, type ContactFilterInput } from '@hromada/shared';
import type { Viewer } from '../platform/auth/viewer';
import { execute, pgArray } from '../platform/db/sql';
import type { ExportFormat } from '../modules/export/contact-export.entity';
import { writeContactExport } from '../modules/export/contact-export';
import { createContactGroupLoaders } from '../modules/groups/contact-groups.loaders';
import { visibleGroup } from '../modules/groups/contact-selection';
import { BenchSetupError } from './bench-setup';
import { since } from './bench-stats';

/**
 * National smart groups the bench counts (and exports, the one closest to 100K). On the seeded
 * million (45 % members, 30 % with tags, ages as in real lists) they hold about 97K and 130K
 * contacts: the sizes the "≤ 200 ms" and "≤ 30 s" are stated for.
 */
export const BENCH_GROUPS: readonly { name: string; filter: ContactFilterInput }[] = [
  {
    name: 'Bench: members and candidates tagged волонтер, агітатор or спостерігач',
    filter: { membershipStatuses: ['member', 'candidate'], tagsAny: ['волонтер', 'агітатор', 'спостерігач'] },
  },
  { name: 'Bench: members aged 60 or over', filter: { membershipStatuses: ['member'], ageMin: 60 } },
];

export interface BenchGroup {
  id: string;
  name: string;
}

export interface BenchGroups {
  groups: BenchGroup[];
  /** Deletes the groups this run created (ones that were already there stay). */
  remove(): Promise<void>;
}

/** The bench groups, owned by the root unit: found by name, or created (directly, like the bench's sessions). */
export async function ensureBenchGroups(em: EntityManager, rootUnitId: string, createdBy: string): Promise<BenchGroups> {
  const groups: BenchGroup[] = [];
  const created: string[] = [];
  for (const { name, filter } of BENCH_GROUPS) {
    const [found] = await execute<{ id: string }>(em, `select id from contact_group where name = ? and org_unit_id = ? and kind = 'smart' limit 1`, [name, rootUnitId]);
    if (found) {
      groups.push({ id: found.id, name });
      continue;
    }
    const checked = validateContactFilter(filter);
    if (!checked.ok) throw new BenchSetupError(`Bench group "${name}" has an invalid filter: ${JSON.stringify(checked.problems)}`);
    const id = randomUUID();
    await execute(em, `insert into contact_group (id, name, kind, filter, org_unit_id, org_path, created_by) values (?, ?, 'smart', ?::jsonb, ?, '', ?)`, [
      id, name, JSON.stringify(checked.value), rootUnitId, createdBy,
    ]);
    created.push(id);
    groups.push({ id, name });
  }
  return {
    groups,
    remove: async () => {
      if (created.length > 0) await execute(em, 'delete from contact_group where id = any(?::uuid[])', [pgArray(created)]);
    },
  };
}

/**
 * "Count a smart group" as the groups screen does it: the group as the viewer sees it, then
 * its members in the viewer's scope through the groups' loader (fresh loaders each time, so
 * nothing is cached). Milliseconds per count, after `warmup` untimed ones; and the count.
 */
export async function timeGroupCount(em: EntityManager, viewer: Viewer, timeZone: string, groupId: string, runs: number, warmup: number): Promise<{ times: number[]; count: number }> {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < warmup + runs; i += 1) {
    const start = performance.now();
    const group = await visibleGroup({ em, viewer }, groupId);
    if (!group) throw new BenchSetupError(`The bench viewer cannot see group ${groupId}`);
    count = await createContactGroupLoaders(em, viewer, timeZone).count.load(group);
    if (i >= warmup) times.push(since(start));
  }
  return { times, count };
}

/** A receiver that takes everything at once and keeps only the byte count: the export is timed, not a disk or a network. */
class CountingSink extends Writable {
  bytes = 0;

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    done();
  }
}

/** One export of the group's contacts in the viewer's scope, as the download route writes it. */
export async function timeGroupExport(em: EntityManager, viewer: Viewer, timeZone: string, groupId: string, format: ExportFormat): Promise<{ ms: number; rows: number; bytes: number }> {
  const sink = new CountingSink();
  const start = performance.now();
  const rows = await writeContactExport({ em, viewer, timeZone }, { selection: { kind: 'group', groupId }, format, locale: 'uk' }, sink);
  return { ms: since(start), rows, bytes: sink.bytes };
}
