import type { DraftFile } from '../../shared/draft/model';

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'failed'; message: string };

export interface DraftSaverTiming {
  /** Save once the delegate pauses this long... */
  quietMs: number;
  /** ...but never later than this after the first unsaved change, even while they keep typing. */
  maxWaitMs: number;
  /** A failed save is tried again after this long, with whatever the draft says by then. */
  retryMs: number;
}

export const AUTOSAVE_TIMING: DraftSaverTiming = { quietMs: 400, maxWaitMs: 900, retryMs: 2000 };

/**
 * Autosave of one draft. Changes are only marked; the file is built when the save starts, so typing
 * costs nothing. One save at a time, in order: a change made during a save is saved right after it.
 * A failed save keeps everything in memory and tries again.
 */
export class DraftSaver {
  private build: (() => DraftFile) | null = null;
  private firstChangeAt: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private disposed = false;

  constructor(
    private readonly save: (draft: DraftFile) => Promise<void>,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly timing: DraftSaverTiming = AUTOSAVE_TIMING,
    private readonly now: () => number = Date.now,
  ) {}

  /** The draft changed; `build` gives its file as it is when the save runs. */
  changed(build: () => DraftFile): void {
    this.build = build;
    this.firstChangeAt ??= this.now();
    this.onStatus({ state: 'pending' });
    const waited = this.now() - this.firstChangeAt;
    this.arm(Math.max(0, Math.min(this.timing.quietMs, this.timing.maxWaitMs - waited)));
  }

  /** Saves now whatever is unsaved, and resolves once it is on disk (or rejects with the reason). */
  async flush(): Promise<void> {
    this.disarm();
    while (this.running) await this.running.catch(() => undefined);
    if (this.build) await this.run();
  }

  dispose(): void {
    this.disposed = true;
    this.disarm();
  }

  private arm(delayMs: number): void {
    this.disarm();
    this.timer = setTimeout(() => {
      this.timer = null;
      // A save in progress calls back here when it ends, so the latest change is never left behind.
      if (!this.running) this.run().catch(() => undefined);
    }, delayMs);
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): Promise<void> {
    const build = this.build;
    if (!build) return Promise.resolve();
    this.build = null;
    this.firstChangeAt = null;
    this.onStatus({ state: 'saving' });
    const running = Promise.resolve()
      .then(() => this.save(build()))
      .then(
      () => {
        this.running = null;
        if (this.build && !this.disposed) this.arm(0);
        else if (!this.build) this.onStatus({ state: 'saved' });
      },
      (error: unknown) => {
        this.running = null;
        this.build ??= build;
        this.firstChangeAt ??= this.now();
        this.onStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
        if (!this.disposed) this.arm(this.timing.retryMs);
        throw error;
      },
    );
    this.running = running;
    return running;
  }
}
