/**
 * Tables in a PDF's text layer: a page's lines whose words stand in three or more columns. The
 * text layer has no cells, only positions, so columns are found from where the cells of those
 * lines start, and every line of the table (wrapped cells included) is written with its cells in
 * their columns, separated by tabs, as the text extractions of the bundled sources give tables.
 * Rows are not told apart here: a wrapped cell's next line is a line of its own, which the reader
 * of the table joins to its row (the thematic index does so by its symbols).
 */

export interface PositionedRun {
  text: string;
  x: number;
  width: number;
}

/** A line's runs already in reading order, and its own text (superscripts and footnote calls settled). */
export interface TableLineInput<Run extends PositionedRun> {
  runs: readonly Run[];
  text: (runs: readonly Run[]) => string;
}

/** A gap this many body sizes wide between two runs of a line separates cells; word spaces are a third of it. */
const CELL_GAP = 0.6;
/** Cells starting within this many body sizes of each other start in the same column. */
const COLUMN_TOLERANCE = 0.5;
const MIN_COLUMNS = 3;
const MIN_TABLE_LINES = 3;

/**
 * The tab-separated text of the lines of a page that belong to a table, by their index; lines
 * outside tables are absent. A table runs from its first to its last line with three or more
 * cells, and on through the lines after it whose cells fit its columns (the wrapped end of its last row).
 */
export function tableLines<Run extends PositionedRun>(lines: readonly TableLineInput<Run>[], body: number): Map<number, string> {
  const cellsOf = lines.map((line) => splitCells(line.runs, body));
  const tabular = cellsOf.flatMap((cells, index) => (cells.length >= MIN_COLUMNS ? [index] : []));
  const out = new Map<number, string>();
  if (tabular.length < MIN_TABLE_LINES) return out;
  const first = tabular[0]!;
  let last = tabular[tabular.length - 1]!;
  const tabularStops = columnStops(tabular.map((index) => cellsOf[index]!), body);
  if (tabularStops.length < MIN_COLUMNS) return out;
  while (last + 1 < lines.length && fitsColumns(cellsOf[last + 1]!, tabularStops, body)) last += 1;
  // A column whose cells are mostly empty (a header over wrapped words) shows in the wrapped lines too.
  const stops = columnStops(cellsOf.slice(first, last + 1), body);
  for (let index = first; index <= last; index++) {
    const slots: string[] = stops.map(() => '');
    for (const cell of cellsOf[index]!) {
      const column = columnOf(cell[0]!.x, stops, body);
      const text = lines[index]!.text(cell).trim();
      slots[column] = slots[column] ? `${slots[column]} ${text}` : text;
    }
    out.set(index, slots.join('\t'));
  }
  return out;
}

function splitCells<Run extends PositionedRun>(runs: readonly Run[], body: number): Run[][] {
  const cells: Run[][] = [];
  let end = -Infinity;
  for (const run of runs) {
    if (!run.text.trim()) continue;
    if (cells.length === 0 || run.x - end > body * CELL_GAP) cells.push([run]);
    else cells[cells.length - 1]!.push(run);
    end = Math.max(end, run.x + run.width);
  }
  return cells;
}

/** Left edges of the columns: cell starts shared by at least two of the table's lines. */
function columnStops(rows: readonly PositionedRun[][][], body: number): number[] {
  const starts = rows.flatMap((cells) => cells.map((cell) => cell[0]!.x)).sort((a, b) => a - b);
  const clusters: { x: number; count: number }[] = [];
  for (const x of starts) {
    const last = clusters[clusters.length - 1];
    if (last && x - last.x <= body * COLUMN_TOLERANCE) last.count += 1;
    else clusters.push({ x, count: 1 });
  }
  return clusters.filter((cluster) => cluster.count >= 2).map((cluster) => cluster.x);
}

function columnOf(x: number, stops: readonly number[], body: number): number {
  let column = 0;
  stops.forEach((stop, index) => {
    if (stop <= x + body * COLUMN_TOLERANCE) column = index;
  });
  return column;
}

/** Every cell starts at a column and ends before the next one: a wrapped cell, not body text. */
function fitsColumns(cells: readonly PositionedRun[][], stops: readonly number[], body: number): boolean {
  return (
    cells.length > 0 &&
    cells.every((cell) => {
      const start = cell[0]!.x;
      const column = columnOf(start, stops, body);
      const end = Math.max(...cell.map((run) => run.x + run.width));
      const next = stops[column + 1] ?? Infinity;
      return Math.abs(start - stops[column]!) <= body * COLUMN_TOLERANCE && end <= next;
    })
  );
}
