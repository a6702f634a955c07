/**
 * The ids of a result by position, as far as its pages came. Reading it costs the rows fetched,
 * never the result's size: a key typed in a library of 100,000 paragraphs may match 70,000 rows,
 * and an array that long, copied and scanned at every key, cost the window milliseconds and its
 * garbage collector more.
 */
export interface RowOrder {
  /** Rows in the whole result, fetched or not. */
  readonly count: number;
  idAt(position: number): string | undefined;
  /** The row's position in the result, or -1 when it is not there or its page has not come. */
  positionOf(id: string): number;
}

export const NO_ROWS: RowOrder = { count: 0, idAt: () => undefined, positionOf: () => -1 };

/** The ids known of a result: by position, and each id's position. */
export class KnownIds {
  private readonly byPosition = new Map<number, string>();
  private readonly positions = new Map<string, number>();

  constructor(readonly count: number) {}

  add(position: number, id: string): void {
    this.byPosition.set(position, id);
    this.positions.set(id, position);
  }

  /** A view of the ids known now; a new one after more came, so what depends on it sees the change. */
  view(): RowOrder {
    return { count: this.count, idAt: (position) => this.byPosition.get(position), positionOf: (id) => this.positions.get(id) ?? -1 };
  }
}
