import { runHttpLoad, type HttpLoadJob } from './bench-load';

/** The throughput run's client, in its own process (forked by `httpLoad`): one job in, one result out. */
process.once('message', (job: HttpLoadJob) => {
  void runHttpLoad(job).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`load process failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
});
