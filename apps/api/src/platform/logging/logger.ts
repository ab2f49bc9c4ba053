import pino from 'pino';

export type Logger = pino.Logger;

/** JSON lines on stdout; LOG_LEVEL=silent in tests keeps output readable. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'hromada-api' }, timestamp: pino.stdTimeFunctions.isoTime });
}
