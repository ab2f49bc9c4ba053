import { parentPort, workerData } from 'node:worker_threads';
import { runHttpLoad, type HttpLoadJob } from './bench-load';

/** The throughput run's client, on its own thread (started by `httpLoad`); a rejection surfaces as the worker's 'error'. */
void runHttpLoad(workerData as HttpLoadJob).then((result) => parentPort?.postMessage(result));
