import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Run in a worker thread, on a read-only connection of its own: `count(*)` over a table itself
 * (NOT INDEXED, not over a smaller index of it) walks every page of that table.
 */
const READ_TABLES = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
try {
  parentPort.postMessage(workerData.tables.map((table) => db.prepare('SELECT count(*) FROM "' + table + '" NOT INDEXED').pluck().get()));
} finally {
  db.close();
}`;

export interface TableWarmUp {
  /** Each table's rows, in the order given, once all were read; null when the read failed or was stopped. */
  readonly done: Promise<number[] | null>;
  stop(): Promise<void>;
}

/**
 * Reads these tables of the database whole, off the host's thread, so that the system keeps their
 * pages in memory: what asks for them next reads memory rather than the disk. Nothing is kept in
 * this process, and a failure (the file gone or locked) only leaves the pages where they were.
 */
export function warmTables(file: string, tables: readonly string[], nativeBinding?: string): TableWarmUp {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(READ_TABLES, { eval: true, workerData: { driver, file, tables, nativeBinding } });
  // A host closing meanwhile does not wait for it.
  worker.unref();
  const done = new Promise<number[] | null>((resolve) => {
    worker.once('message', (counts: number[]) => resolve(counts));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
  return {
    done,
    async stop() {
      await worker.terminate();
    },
  };
}

/**
 * Tables read ahead once (warmTables): at `start()`, or once `afterMs` passed without a
 * `postpone()` since it was made, whichever comes first. `stop()` ends it, or keeps it from starting.
 */
export class TableReadAhead {
  private warmUp: TableWarmUp | null = null;
  private stopped = false;
  private timer: NodeJS.Timeout;

  constructor(
    private readonly file: string,
    private readonly tables: readonly string[],
    private readonly options: { afterMs: number; nativeBinding?: string; onDone?: (tableRows: number[] | null) => void },
  ) {
    this.timer = this.startLater();
  }

  start(): void {
    clearTimeout(this.timer);
    if (this.stopped || this.warmUp) return;
    this.warmUp = warmTables(this.file, this.tables, this.options.nativeBinding);
    if (this.options.onDone) void this.warmUp.done.then(this.options.onDone);
  }

  /** The host is answering the window: the read waits for `afterMs` without one, unless it began. */
  postpone(): void {
    if (this.stopped || this.warmUp) return;
    clearTimeout(this.timer);
    this.timer = this.startLater();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.warmUp?.stop();
  }

  private startLater(): NodeJS.Timeout {
    return setTimeout(() => this.start(), this.options.afterMs).unref();
  }
}
