import type { ExportColumn } from './export-columns';

/** A file being written row by row to a stream (CSV or XLSX). */
export interface ExportWriter {
  start(headers: readonly string[], columns: readonly ExportColumn[]): Promise<void>;
  /** Buffers one row; `flush` hands the buffered rows to the stream. */
  row(values: readonly (string | null)[]): void;
  /** Hands buffered rows over and waits while the receiver is behind. */
  flush(): Promise<void>;
  end(): Promise<void>;
}
