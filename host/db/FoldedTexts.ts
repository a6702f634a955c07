import type { Lang } from '../../shared/corpus/model';
import type { LibraryDatabase } from './LibraryDatabase';

/** Rows read per step ahead of a search: about 35 ms at 100,000 paragraphs, what a key typed meanwhile may wait. */
const SLICE_ROWS = 5_000;

/**
 * One language's folded texts by row (what phrases are confirmed on), read from the database at
 * once when a search needs them, or ahead of it slice by slice: in one statement they take 0.45–0.9 s
 * at 100,000 paragraphs, and a key typed meanwhile would wait as long.
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
    private readonly sliceRows = SLICE_ROWS,
  ) {
    this.texts = new Array<string>(rowCount).fill('');
  }

  /** Every row's text, those not read yet read now. */
  all(): readonly string[] {
    if (!this.complete) this.read(-1);
    return this.texts;
  }

  /** Reads the next slice of rows; false once every row is read. */
  readSlice(): boolean {
    if (!this.complete) this.read(this.sliceRows);
    return !this.complete;
  }

  private read(limit: number): void {
    const slice = this.db.foldedTexts(this.lang, this.lastRowid, limit);
    for (const [rowid, text] of slice) {
      const row = this.rowOfRowid[rowid] ?? -1;
      if (row !== -1) this.texts[row] = text;
    }
    this.lastRowid = slice.at(-1)?.[0] ?? this.lastRowid;
    this.complete = limit < 0 || slice.length < limit;
  }
}
