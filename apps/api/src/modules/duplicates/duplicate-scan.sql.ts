import { MAX_SHARED_DETAIL_GROUP, NAME_SIMILARITY_THRESHOLD, RULE_WEIGHTS, type DuplicateRule } from '@hromada/shared';

/**
 * The statements of a duplicate scan, over temp tables that live for its transaction:
 * `dup_scope` (the contacts scanned), `dup_name` (their folded names, from JS),
 * `dup_found` (one row per rule hit) and `dup_pairs` (one row per pair).
 */

export const CREATE_SCOPE = (scope: string) => `
  create temp table dup_scope on commit drop as
  select c.id, c.emails, c.phones, c.birth_date, c.gender, c.last_name, c.first_name
    from contact c where c.org_path <@ ?::ltree and ${scope}`;

export const CREATE_WORK_TABLES = [
  'alter table dup_scope add primary key (id)',
  'analyze dup_scope',
  'create temp table dup_name (id uuid not null, birth_date date not null, gender text, name_key text not null) on commit drop',
  'create temp table dup_found (a uuid not null, b uuid not null, rule text not null, similarity real) on commit drop',
];

/** A page of contacts with a birth date, for folding their names in JS (the one definition of the fold). */
export const NAMES_PAGE = `
  select id, birth_date::text as birth_date, gender, last_name, first_name from dup_scope
   where birth_date is not null and id > ?::uuid order by id limit ?`;

export const INSERT_NAMES = `
  insert into dup_name (id, birth_date, gender, name_key)
  select * from unnest(?::uuid[], ?::date[], ?::text[], ?::text[])`;

/**
 * Pairs of contacts sharing an element of an array column: one group per value, so a value
 * costs one hash aggregate, not a self-join; values shared too widely are skipped.
 */
export const SHARED_DETAIL = (rule: DuplicateRule, column: 'emails' | 'phones') => ({
  sql: `
    insert into dup_found (a, b, rule)
    select x, y, ? from (
      select array_agg(s.id) as ids from dup_scope s cross join unnest(s.${column}) v
       group by v having count(*) between 2 and ?
    ) g cross join unnest(g.ids) x cross join unnest(g.ids) y
     where x < y`,
  params: [rule, MAX_SHARED_DETAIL_GROUP] as unknown[],
});

/**
 * Same birth date, then trigram similarity of the folded names, genders permitting. Within a
 * birth date only names sharing a word's first two letters are compared: a name spelled so
 * differently that no word starts alike is far below the threshold anyway (every word loses
 * its leading trigrams), and a national scan compares ~10× fewer names.
 */
export const NAME_RULE = {
  setup: [
    `set local pg_trgm.similarity_threshold = ${NAME_SIMILARITY_THRESHOLD}`,
    'alter table dup_name add primary key (id)',
    `create temp table dup_token on commit drop as
       select distinct n.id, n.birth_date, left(w, 2) as token from dup_name n cross join unnest(string_to_array(n.name_key, ' ')) w`,
    'analyze dup_name',
    'analyze dup_token',
  ],
  sql: `
    insert into dup_found (a, b, rule, similarity)
    select x.id, y.id, 'name_birth_date', similarity(x.name_key, y.name_key)
      from (select distinct p.id as a, q.id as b from dup_token p join dup_token q on q.birth_date = p.birth_date and q.token = p.token and p.id < q.id) c
      join dup_name x on x.id = c.a
      join dup_name y on y.id = c.b
     where x.name_key % y.name_key and (x.gender is null or y.gender is null or x.gender = y.gender)`,
};

/** One row per pair: its rules and score (pairScore in packages/shared, in exact numerics). */
export const COLLECT_PAIRS = {
  sql: `
    create temp table dup_pairs on commit drop as
    select a, b, rules,
           round((1 - (case when 'email' = any(rules) then 1 - ?::numeric else 1 end)
                    * (case when 'phone' = any(rules) then 1 - ?::numeric else 1 end)
                    * (case when 'name_birth_date' = any(rules) then 1 - ?::numeric * sim::numeric else 1 end)) * 100)::smallint as score
      from (select a, b, array_agg(distinct rule order by rule) as rules, max(similarity) as sim from dup_found group by a, b) f`,
  params: [RULE_WEIGHTS.email, RULE_WEIGHTS.phone, RULE_WEIGHTS.name_birth_date] as unknown[],
};

/**
 * New pairs are added and open ones refreshed; dismissed (and merged) pairs are left as they
 * are, so a dismissed pair never comes back. Sorted, so concurrent writers lock in one order.
 */
export const SAVE_PAIRS = `
  insert into duplicate_pair (id, contact_a, contact_b, rules, score, status, org_path, found_at, scan_task_id)
  select gen_random_uuid(), f.a, f.b, f.rules, f.score, 'open', ltree_common_prefix(ca.org_path, cb.org_path), now(), ?::uuid
    from dup_pairs f join contact ca on ca.id = f.a join contact cb on cb.id = f.b
   order by f.a, f.b
  on conflict (contact_a, contact_b) do update
     set rules = excluded.rules, score = excluded.score, found_at = excluded.found_at,
         scan_task_id = excluded.scan_task_id, org_path = excluded.org_path
   where duplicate_pair.status = 'open'
  returning (xmax = 0) as inserted`;

/** Open pairs inside the scanned contacts that this scan no longer finds (details changed since). */
export const DROP_STALE_PAIRS = `
  delete from duplicate_pair p using dup_scope x, dup_scope y
   where p.org_path <@ ?::ltree and p.status = 'open' and x.id = p.contact_a and y.id = p.contact_b
     and not exists (select 1 from dup_pairs f where f.a = p.contact_a and f.b = p.contact_b)`;

export const SCAN_LOCK = `select pg_advisory_xact_lock(hashtext('hromada.duplicate_scan'))`;
