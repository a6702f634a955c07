export interface ColumnWidth {
  id: string;
  /** The width the delegate chose, or the default. */
  size: number;
  minSize: number;
}

/**
 * Widths shown for the visible columns so that they fill `available` pixels: when the chosen widths
 * are too wide together, each column gives back in proportion to what it has above its minimum (a
 * narrow pane keeps every column in view rather than pushing the last ones past the table's edge);
 * when there is room left, the `grow` column (the text) takes it. Only when even the minimums do
 * not fit does the table scroll sideways.
 */
export function fitColumnWidths(columns: readonly ColumnWidth[], available: number, grow: string): Record<string, number> {
  const total = columns.reduce((sum, column) => sum + column.size, 0);
  if (total <= available) {
    return Object.fromEntries(columns.map((column) => [column.id, column.id === grow ? column.size + available - total : column.size]));
  }
  const minimum = columns.reduce((sum, column) => sum + column.minSize, 0);
  const keep = total === minimum ? 0 : Math.max(0, available - minimum) / (total - minimum);
  return Object.fromEntries(columns.map((column) => [column.id, Math.floor(column.minSize + Math.max(0, column.size - column.minSize) * keep)]));
}
