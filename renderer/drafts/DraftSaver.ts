import type { DraftFile } from '../../shared/draft/model';
import type { DraftConflict } from '../../shared/host/DeskHost';
import type { HostErrorInfo } from '../../shared/host/hostError';
import { toHostErrorInfo } from '../messages/hostErrorInfo';

/** Why saves fail: the server is gone (it comes back), it refuses this page, or the host reported an error. */
export type SaveProblem = 'unreachable' | 'access' | 'host';

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'failed'; problem: SaveProblem; error: HostErrorInfo }
  /** Another window or tab saved the draft meanwhile; this text goes on being saved to its conflict copy until the delegate chooses. */
  | { state: 'conflict'; conflict: DraftConflict };

/** What one save did: written, or refused because the draft changed on disk since its revision. */
export type SaveOutcome = { saved: true } | { saved: false; conflict: DraftConflict };

export interface DraftSaverTiming {
  /** Save once the delegate pauses this long... */
  quietMs: number;
  /** ...but never later than this after the first unsaved change, even while they keep typing. */
  maxWaitMs: number;
  /** A failed save is tried again after this long, with whatever the draft says by then. */
  retryMs: number;
}

export const AUTOSAVE_TIMING: DraftSaverTiming = { quietMs: 400, maxWaitMs: 900, retryMs: 2000 };

/** Thrown by flush() while a conflict waits for the delegate's choice: nothing can be saved over the other text. */
export class DraftConflictPending extends Error {
  override name = 'DraftConflictPending';
}

/**
 * Autosave of one draft. Changes are only marked; the file is built when the save starts, so typing
 * costs nothing. One save at a time, in order: a change made during a save is saved right after it.
 * A failed save keeps everything in memory, says so until a save succeeds again, and tries again.
 * After a save refused for a conflict, saves go on (the host keeps the conflict copy up to date)
 * and the status stays "conflict" until resume() saves this text over the other.
 */
export class DraftSaver {
  private build: (() => DraftFile) | null = null;
  private firstChangeAt: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private failing = false;
  private conflict: DraftConflict | null = null;
  /** The text of the last save refused for the conflict: what resume() saves if nothing changed since. */
  private refused: (() => DraftFile) | null = null;
  private disposed = false;

  constructor(
    private readonly save: (draft: DraftFile) => Promise<SaveOutcome>,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly timing: DraftSaverTiming = AUTOSAVE_TIMING,
    private readonly now: () => number = Date.now,
  ) {}

  /** The draft changed; `build` gives its file as it is when the save runs. */
  changed(build: () => DraftFile): void {
    this.build = build;
    // While saves fail the status keeps saying so: "unsaved changes" would hide that nothing reaches the disk.
    if (this.failing) {
      if (!this.timer && !this.running) this.arm(this.timing.retryMs);
      return;
    }
    this.firstChangeAt ??= this.now();
    if (!this.conflict) this.onStatus({ state: 'pending' });
    const waited = this.now() - this.firstChangeAt;
    this.arm(Math.max(0, Math.min(this.timing.quietMs, this.timing.maxWaitMs - waited)));
  }

  /** Something typed is not on disk yet (waiting, being saved, failing or in conflict): leaving would lose it. */
  hasUnsavedChanges(): boolean {
    return this.build !== null || this.running !== null || this.conflict !== null;
  }

  /** Saves now whatever is unsaved, and resolves once it is on disk (or rejects with the reason). */
  async flush(): Promise<void> {
    this.disarm();
    while (this.running) await this.running.catch(() => undefined);
    if (this.build) await this.run();
    if (this.conflict) throw new DraftConflictPending('This draft was saved meanwhile by another window; choose which text to keep first.');
  }

  /** After the delegate chose to keep this text: saves it now (its build states the revision it replaces). */
  resume(): Promise<void> {
    this.build ??= this.refused;
    this.conflict = null;
    this.refused = null;
    return this.flush();
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
    if (!this.failing && !this.conflict) this.onStatus({ state: 'saving' });
    const running = Promise.resolve()
      .then(() => this.save(build()))
      .then(
        (outcome) => {
          this.running = null;
          this.failing = false;
          if (outcome.saved) {
            this.conflict = null;
            this.refused = null;
          } else {
            // On disk in the conflict copy, not in the draft: kept for resume().
            this.conflict = outcome.conflict;
            this.refused = build;
            this.onStatus({ state: 'conflict', conflict: outcome.conflict });
          }
          if (this.build && !this.disposed) this.arm(0);
          else if (!this.build && outcome.saved) this.onStatus({ state: 'saved' });
        },
        (error: unknown) => {
          this.running = null;
          this.failing = true;
          this.build ??= build;
          this.firstChangeAt ??= this.now();
          const info = toHostErrorInfo(error);
          this.onStatus({ state: 'failed', problem: problemOf(info), error: info });
          if (!this.disposed) this.arm(this.timing.retryMs);
          throw error;
        },
      );
    this.running = running;
    return running;
  }
}

function problemOf(error: HostErrorInfo): SaveProblem {
  if (error.code === 'host.unreachable') return 'unreachable';
  if (error.code === 'auth.token') return 'access';
  return 'host';
}
