import pg from 'pg';

/** Runs `work` on the server's maintenance database, with the target database's quoted name. */
async function onServer(url: string, work: (client: pg.Client, quotedName: string, name: string) => Promise<void>): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await work(client, `"${name.replace(/"/g, '""')}"`, name);
  } finally {
    await client.end();
  }
}

/** Creates the database named in url if the server does not have it yet. */
export function ensureDatabase(url: string): Promise<void> {
  return onServer(url, async (client, quoted, name) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${quoted}`);
  });
}

export function dropDatabase(url: string): Promise<void> {
  return onServer(url, async (client, quoted) => {
    await client.query(`drop database if exists ${quoted} with (force)`);
  });
}
