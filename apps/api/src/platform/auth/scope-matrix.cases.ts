import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';

/** Collects one viewer's cases; failures are reported together when the viewer is done. */
export class Cases {
  /** Cases counted over the whole run, for the closing total. */
  static total = 0;

  count = 0;
  readonly failures: string[] = [];

  constructor(readonly viewer: string) {}

  eq(op: string, record: string, actual: unknown, expected: unknown): void {
    this.count += 1;
    if (!isDeepStrictEqual(actual, expected)) {
      this.failures.push(`${op} [${record}]: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  }

  fail(op: string, error: unknown): void {
    this.count += 1;
    this.failures.push(`${op}: ${error instanceof Error ? error.message : String(error)}`);
  }

  /** Runs one operation's checks; a request error counts as one failed case, not a crash. */
  async op(op: string, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      this.fail(op, error);
    }
  }

  finish(): void {
    Cases.total += this.count;
    const shown = this.failures.slice(0, 40);
    const more = this.failures.length > shown.length ? `\n… and ${this.failures.length - shown.length} more` : '';
    expect(this.failures, `${this.viewer}: ${this.failures.length} of ${this.count} cases failed:\n${shown.join('\n')}${more}`).toEqual([]);
  }
}
