import { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config';
import type { Logger } from '../logging/logger';
import { dropDatabase, ensureDatabase } from './database-url';
import { startEmbeddedPostgres, type EmbeddedCluster } from './embedded-postgres';
import { mikroOrmConfig } from './mikro-orm.config';

export interface Database {
  orm: MikroORM;
  url: string;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded cluster under the data directory, then
 * applies pending migrations. `close` ends the pool and stops the embedded cluster, if any.
 */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir' | 'embeddedPgPort'>,
  log: Logger,
  options: { databaseName?: string; poolMax?: number; dropOnClose?: boolean } = {},
): Promise<Database> {
  let cluster: EmbeddedCluster | undefined;
  let url = config.databaseUrl;
  if (!url) {
    cluster = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, log });
    url = cluster.url(options.databaseName ?? 'hromada');
  } else if (options.databaseName) {
    const u = new URL(url);
    u.pathname = `/${options.databaseName}`;
    url = u.toString();
  }
  const databaseUrl = url;
  try {
    await ensureDatabase(databaseUrl);
    const orm = await MikroORM.init(mikroOrmConfig(databaseUrl, options.poolMax));
    const applied = await orm.getMigrator().up();
    if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    return {
      orm,
      url: databaseUrl,
      close: async () => {
        await orm.close(true);
        if (options.dropOnClose) await dropDatabase(databaseUrl);
        await cluster?.stop();
      },
    };
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
}
