import type { Writable } from 'node:stream';

/** The receiver went away (the browser cancelled the download): stop reading rows. */
export class ExportAborted extends Error {
  constructor() {
    super('The export was cancelled by the receiver');
  }
}

/** Resolves once `sink` can take more: at once, on 'drain', or rejects when it closes or fails first. */
export function drained(sink: Writable): Promise<void> {
  if (sink.destroyed || sink.writableEnded) return Promise.reject(new ExportAborted());
  if (!sink.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: unknown) => {
      sink.off('drain', onDrain);
      sink.off('close', onClose);
      sink.off('error', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new ExportAborted());
    sink.on('drain', onDrain);
    sink.on('close', onClose);
    sink.on('error', onClose);
  });
}

/** Writes a chunk and waits for room, so a slow receiver slows the reading instead of filling memory. */
export async function writeChunk(sink: Writable, chunk: string | Buffer): Promise<void> {
  if (sink.destroyed || sink.writableEnded) throw new ExportAborted();
  sink.write(chunk);
  await drained(sink);
}
