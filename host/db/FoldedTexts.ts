import type { Lang } from '../../shared/corpus/model';
import type { LibraryDatabase } from './LibraryDatabase';

/**
 * What one step ahead of a search may take, and so what a key typed meanwhile may wait. Read cold
 * (a start after the system dropped the file from its cache), 5,000 rows took 60–280 ms.
 */
const STEP_MS = 8;

/** Rows read between looks at the clock: a few hundredths of a millisecond each when cached. */
const ROWS_BETWEEN_CLOCK_READS = 16;

/**
 * One language's folded texts by row (what phrases are confirmed on), read from the database at
 * once when a search needs them, or ahead of it a step at a time: in one statement they take
 * 0.15 s at 100,000 paragraphs, 1.6 s when not in the system's cache, and a key typed meanwhile
 * would wait as long.
 */
export class FoldedTexts {
  private readonly texts: string[];
  private lastRowid = 0;
  private complete = false;

  constructor(
    private readonly db: LibraryDatabase,
    private readonly lang: Lang,
    private readonly rowOfRowid: Int32Array,
    rowCount: number,
    private readonly stepMs = STEP_MS,
  ) {
    this.texts = new Array<string>(rowCount).fill('');
  }

  /** Every row's text, those not read yet read now. */
  all(): readonly string[] {
    if (!this.complete) this.read(Infinity);
    return this.texts;
  }

  /** Reads the next rows for about stepMs (ROWS_BETWEEN_CLOCK_READS at least); false once every row is read. */
  readSlice(): boolean {
    if (!this.complete) this.read(this.stepMs);
    return !this.complete;
  }

  private read(forMs: number): void {
    const until = performance.now() + forMs;
    let read = 0;
    for (const [rowid, text] of this.db.foldedTexts(this.lang, this.lastRowid)) {
      const row = this.rowOfRowid[rowid] ?? -1;
      if (row !== -1) this.texts[row] = text;
      this.lastRowid = rowid;
      // Leaving the loop ends the statement; the next step starts after the last row read.
      if (++read % ROWS_BETWEEN_CLOCK_READS === 0 && performance.now() >= until) return;
    }
    this.complete = true;
  }
}
