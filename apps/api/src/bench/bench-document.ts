import { PEOPLE_TITLES } from './bench-people-report';
import { SECTION_TITLES } from './bench-report';

export const PREAMBLE = `# Benchmarks

\`npm run bench -- --database NAME --output docs/benchmarks.md\` builds everything, opens an already
seeded database (the embedded server under \`HROMADA_DATA_DIR\` unless \`DATABASE_URL\` is set),
starts the real HTTP app in the same process on an ephemeral port and measures it through the
full stack: HTTP (keep-alive client), Apollo/GraphQL, the org scope, the data layer (MikroORM's
connection, plain-row reads), PostgreSQL.
It rewrites only the section of the dataset it measured. The code is \`apps/api/src/bench/\`.

Seed the two datasets first (each into its own database):

\`\`\`sh
npm run seed -- --contacts 50000 --branches 380 --database hromada
npm run seed -- --contacts 1000000 --branches 5000 --database hromada_bench --reset   # a few minutes
npm run bench -- --database hromada --output docs/benchmarks.md
npm run bench -- --database hromada_bench --output docs/benchmarks.md
npm run bench -- --database hromada_bench --output docs/benchmarks.md --people   # adds issue 4's operations, ~8 min more
\`\`\`

## Method

- **Accounts**: the demo national manager (HQ subtree), region manager (UA-32 subtree) and
  branch head (one branch). Their sessions are inserted directly, so argon2 is not measured;
  they are deleted at the end.
- **Latency rows**: sequential requests, one in flight, after an untimed warm-up; p50 / p95 /
  p99 / mean. Searches rotate over five fragments of their kind (and the district row over
  eight districts), so no single cached value flatters a row. "matches" is the average
  \`totalCount\` the responses reported (contacts in scope for first pages; searches stop
  counting at 10,000). "SQL / req" counts every statement the timed requests send: the
  warm-up fills the viewer cache, so, as for a signed-in user, the session lookup is not one.
  Row 0, an anonymous \`{ __typename }\`, is the floor: HTTP, Express and Apollo with no SQL.
- **Raw baseline**: for every row the bench records the exact SQL each request variant sends
  (MikroORM's \`onQuery\` hook; transaction control from the query log, whose statement count
  also checks the capture) and replays it with a bare \`pg\` client on one connection: same
  statements, same literal parameters, same count, one after another. A statement the API ran
  under a time budget (\`statement_timeout\` set locally) is cancelled in the replay as it was
  in the request. "× raw" is full-stack p95 over raw p95, the cost
  of HTTP + GraphQL + ORM + Node over bare PostgreSQL. The API runs a list's page query and its
  count concurrently on two pooled connections, so for lists the sequential replay is, if
  anything, slower than the SQL part of the real request.
- **Throughput**: \`--concurrency\` requests in flight for \`--duration\` seconds (closed loop,
  after a short untimed ramp), first pages of the contacts list as the three roles in turn.
  The client runs in a child process, as a real client would not share the server's process.
  "Node CPU / req" is the CPU time of the server's process per request; "raw SQL req/s"
  replays the same statements from a \`pg\` pool of the API's size.
- **People operations** (\`--people\`, off by default: about eight more minutes at 1M): the
  services the API calls, run in the bench's process on the same database after the HTTP rows —
  smart-group counts (\`visibleGroup\` and the groups' count loader, fresh each time, as the
  national manager), exports of the group closest to 100K members (\`writeContactExport\`, CSV
  and XLSX, to a sink that only counts bytes), the import of a generated 100K-row CSV as the
  administrator (\`benchContactImport\`: upload, check, import; the figure is the import step)
  and the duplicate scan of the region closest to 50K contacts (\`scanDuplicates\`). Each long
  one runs \`--people-runs\` times (default 3). The bench leaves the data as it found it: its
  groups are created if absent and deleted after, each import deletes the contacts it created
  and restores the ones it updated (its audit row stays, as audit rows do), and each scan runs
  in a transaction that is rolled back.
- **Request log**: the app writes its JSON line per request as in production, to the null device.
- **Node**: \`npm run bench\` runs with \`--max-semi-space-size=64\`, as \`npm start\` does.
- **Machine**: the load generator, the API and PostgreSQL share the same cores; on a 2-core
  machine the numbers under load are lower than a separate client machine would measure. Other work
  on the machine shows in the load averages each section records.

## Targets

- Demo data (50K contacts): every p95 ≤ 30 ms; ≥ 500 list requests/s.
- Large (1M contacts, 5,000 branches): search p95 ≤ 30 ms for a branch head, ≤ 100 ms for the
  national manager (and, applied here, the region manager); every row within 2× its raw SQL
  baseline (p95).
- People operations (issue 4, judged on the large dataset): a smart-group count of ~100K
  members p95 ≤ 200 ms; an export of ~100K rows ≤ 30 s, an import of 100K rows ≤ 60 s and a
  duplicate scan of a ~50K region ≤ 30 s (median of the runs).

A missed target is reported (FAIL, with EXPLAIN of the slowest statement) but does not change
the exit code: only errors do.
`;

/** The measured sections in document order; one not there yet goes before the first later one that is. */
const SECTION_ORDER: readonly string[] = [SECTION_TITLES.demo, PEOPLE_TITLES.demo, SECTION_TITLES.large, PEOPLE_TITLES.large];

/** Replaces the section titled `title` (from its heading to the next \`## \` outside a code fence), or adds it in order. */
export function updateDocument(existing: string | null, title: string, body: string): string {
  const base = existing ?? `${PREAMBLE}\n`;
  const lines = base.replace(/\s+$/, '').split('\n');
  const headingAt = (heading: string) => lines.findIndex((l) => l.trim() === `## ${heading}`);
  const start = headingAt(title);
  const bodyLines = body.replace(/\s+$/, '').split('\n');
  if (start >= 0) {
    let end = start + 1;
    let fenced = false;
    for (; end < lines.length; end++) {
      if (lines[end].startsWith('```')) fenced = !fenced;
      if (!fenced && lines[end].startsWith('## ')) break;
    }
    lines.splice(start, end - start, ...bodyLines, ...(end < lines.length ? [''] : []));
  } else {
    const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(title) + 1).map(headingAt).find((at) => at >= 0);
    if (later !== undefined && SECTION_ORDER.includes(title)) lines.splice(later, 0, ...bodyLines, '');
    else lines.push('', ...bodyLines);
  }
  return `${lines.join('\n')}\n`;
}
