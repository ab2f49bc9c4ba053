import path from 'node:path';

/** Everything read from the environment, in one place, read once at start. */
export interface AppConfig {
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  production: boolean;
  webDist: string;
  trustProxy: boolean;
  sessionTtlDays: number;
  googleMapsApiKey: string | undefined;
  /** The organization's zone: what "today" is for birth dates and dues periods. */
  timeZone: string;
  /** The month (1–12) yearly dues are charged in, with that month's monthly dues (DUES_YEARLY_MONTH, January by default). */
  duesYearlyMonth: number;
  /** Whether this process works background jobs (RUN_JOBS=0 turns it off, e.g. for a web-only replica). */
  runJobs: boolean;
}

const repoRoot = path.resolve(__dirname, '..', '..', '..');

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: Number(env.PORT ?? 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(repoRoot, env.HROMADA_DATA_DIR ?? '.data'),
    embeddedPgPort: Number(env.EMBEDDED_PG_PORT ?? 54329),
    production: env.NODE_ENV === 'production',
    webDist: path.resolve(repoRoot, 'apps', 'web', 'dist'),
    trustProxy: env.TRUST_PROXY === '1',
    sessionTtlDays: Number(env.SESSION_TTL_DAYS ?? 14),
    googleMapsApiKey: env.GOOGLE_MAPS_API_KEY || undefined,
    timeZone: env.ORG_TIME_ZONE || 'Europe/Kyiv',
    duesYearlyMonth: monthNumber(env.DUES_YEARLY_MONTH, 1),
    runJobs: env.RUN_JOBS !== '0',
  };
}

function monthNumber(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const month = Number(value);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`DUES_YEARLY_MONTH must be a month number from 1 to 12, got ${value}`);
  return month;
}

export { repoRoot };
