import type { PrecedentRowView } from '../../../shared/query/model';
import type { CellContext } from './cellContext';
import { CELL_CONTENTS } from './cellContents';
import { syncChildren } from './syncChildren';
import type { ColumnId } from './tableLayout';

/** A row as the virtualiser places it; `row` is missing while its page is on its way from the host. */
export interface PlacedRow {
  index: number;
  /** Its offset in the rows' box, in pixels. */
  offset: number;
  row: PrecedentRowView | undefined;
}

export interface RowsToPaint {
  rows: readonly PlacedRow[];
  columns: readonly ColumnId[];
  context: CellContext;
  isSelected(id: string): boolean;
  activeId: string | null;
  /** The virtualiser's measuring function, for rows whose height varies; none when all rows have one height. */
  measure?: (element: HTMLElement | null) => void;
}

/** A row element and what it shows, so that a paint writes only what changed. */
interface RowSlot {
  readonly element: HTMLDivElement;
  index: number;
  offset: number;
  /** null before its first paint. */
  row: PrecedentRowView | undefined | null;
  context: CellContext | null;
  /** The columns its cells were made for; null while it has none (a loading row). */
  cellColumns: readonly ColumnId[] | null;
  className: string;
  selected: boolean | null;
  /** Its cells carry their tooltips: it is under the pointer, or the active row. */
  titled: boolean;
}

/** A parked row's content is neither rendered, found by a search of the page, nor read (grid.css). */
const PARKED_CLASS = 'grid__row grid__row--parked';

/** DOM id of a row, for aria-activedescendant (paragraph ids hold '/', '#' and '.'). */
export function rowDomId(paragraphId: string): string {
  return `precedent-row-${paragraphId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The paragraph id of the row an event happened in, if any. */
export function paragraphIdAt(target: EventTarget | null): string | undefined {
  return target instanceof Element ? target.closest<HTMLElement>('[role="row"][data-paragraph-id]')?.dataset.paragraphId : undefined;
}

/**
 * Keeps the grid's row elements in step with the rows placed, as the list widgets of code editors
 * do, rather than through React: a typed key changes every row on screen, and writing the new rows
 * into the nodes already there costs less than reconciling every cell's components. An element
 * stays with its position in the result, a row scrolled out lends its element to one scrolled in,
 * and a row is written again only when its data, its columns or the cells' context changed.
 * Selection and offsets are attributes and a style, set when they change.
 *
 * Only the row under the pointer and the active row carry their cells' tooltips (the whole text,
 * citation and themes): a tooltip shows only there, and assistive technology reads the active row.
 * Every other row's titles, written again at every key typed, had the browser restyle those
 * cells' elements for nothing.
 *
 * Rows written are laid out at once, in the task that wrote them: the window would otherwise sit
 * idle until its next frame and only then lay them out, and a typed key's rows would show that
 * much later. Layout is work the frame does anyway; done first, the frame is left to paint them.
 *
 * A result with no rows parks the row elements rather than removing them (see park): the next
 * result's rows take them back, in the order they stand, with their cells.
 */
export class GridRowPainter {
  private slots = new Map<number, RowSlot>();
  private measuredWith: RowsToPaint['measure'];
  private hovered: Element | null = null;
  private lastPaint: RowsToPaint | null = null;
  /** Row elements parked by a result with no rows, in the order they stand in the body. */
  private parked: RowSlot[] = [];

  constructor(private readonly body: HTMLElement) {}

  /** The pointer is over `target` (null: it left the rows); the row it is in gets its tooltips, the one it left loses them. */
  hover(target: EventTarget | null): void {
    // A row still loading counts: it gets its tooltips when its paragraph comes.
    const row = target instanceof Element ? target.closest('[role="row"]') : null;
    if (row === this.hovered) return;
    this.hovered = row;
    if (this.lastPaint) this.paint(this.lastPaint);
  }

  paint(paint: RowsToPaint): void {
    this.lastPaint = paint;
    const kept = new Map<number, RowSlot>();
    for (const { index } of paint.rows) {
      const slot = this.slots.get(index);
      if (slot) {
        kept.set(index, slot);
        this.slots.delete(index);
      }
    }
    const unused = [...this.slots.values()];
    const placedAnew: RowSlot[] = [];
    for (const { index } of paint.rows) {
      if (kept.has(index)) continue;
      const slot = unused.pop() ?? this.unpark() ?? this.newSlot();
      kept.set(index, slot);
      placedAnew.push(slot);
    }
    if (paint.rows.length === 0 && !paint.measure) {
      for (const slot of unused) this.park(slot);
      // They stood before the rows parked earlier, which stayed behind the rows placed since.
      this.parked = [...unused, ...this.parked];
    } else for (const slot of unused) slot.element.remove();
    this.slots = kept;

    // Whether rows were written, placed or taken out, and so need laying out.
    let wrote = unused.length > 0;
    let previous: Element | null = null;
    for (const placed of paint.rows) {
      const slot = kept.get(placed.index)!;
      wrote = this.paintRow(slot, placed, paint) || wrote;
      // In the order of the result, as assistive technology reads them.
      const wanted: ChildNode | null = previous ? previous.nextSibling : this.body.firstChild;
      if (slot.element !== wanted) {
        this.body.insertBefore(slot.element, wanted);
        wrote = true;
      }
      previous = slot.element;
    }
    if (paint.measure) {
      // Rows measured for the first time at another density are all measured now.
      const toMeasure = paint.measure === this.measuredWith ? placedAnew : [...kept.values()];
      for (const slot of toMeasure) paint.measure(slot.element);
      // Lets the virtualiser forget the elements taken out.
      if (unused.length > 0) paint.measure(null);
    }
    this.measuredWith = paint.measure;
    // Reading a size lays the page out (see the class's comment).
    if (wrote) void this.body.offsetHeight;
  }

  /**
   * Sets a row element aside, out of sight, with its cells. Typing on past a search with no result
   * (`mi`, then `mig`), the next rows written into these elements had the browser restyle about 65
   * elements, against 450 for rows created anew. What would restyle a row whole is left alone: its
   * `draggable` (whose change restyles every cell), its place among the rows (taken back in the
   * order they stand, no element moves), its content (hidden by the class, not emptied). Not where
   * rows are measured: the virtualiser keeps measured elements by position, and would lose track of
   * one that came back elsewhere.
   */
  private park(slot: RowSlot): void {
    const { element } = slot;
    for (const name of ['id', 'data-paragraph-id', 'aria-selected', 'aria-busy']) element.removeAttribute(name);
    element.setAttribute('aria-hidden', 'true');
    element.className = PARKED_CLASS;
    // Above the rows' box, where nothing scrolls to or points at.
    element.style.transform = 'translateY(-100vh)';
    Object.assign(slot, { index: -1, offset: Number.NaN, row: null, className: PARKED_CLASS, selected: null });
  }

  private unpark(): RowSlot | undefined {
    const slot = this.parked.shift();
    slot?.element.removeAttribute('aria-hidden');
    return slot;
  }

  private newSlot(): RowSlot {
    const element = document.createElement('div');
    element.setAttribute('role', 'row');
    return { element, index: -1, offset: Number.NaN, row: null, context: null, cellColumns: null, className: '', selected: null, titled: false };
  }

  /** Whether it wrote or moved the row (what changes its layout). */
  private paintRow(slot: RowSlot, { index, offset, row }: PlacedRow, paint: RowsToPaint): boolean {
    const { element } = slot;
    let wrote = false;
    if (slot.index !== index) {
      slot.index = index;
      element.dataset.index = String(index);
      element.setAttribute('aria-rowindex', String(index + 2));
    }
    if (slot.offset !== offset) {
      slot.offset = offset;
      element.style.transform = `translateY(${offset}px)`;
      wrote = true;
    }
    const titled = !!row && (row.id === paint.activeId || element === this.hovered);
    if (row !== slot.row || paint.context !== slot.context || (row && paint.columns !== slot.cellColumns) || titled !== slot.titled) {
      if (row) this.writeRow(slot, row, paint, titled);
      else this.writeLoading(slot);
      wrote = true;
      slot.row = row;
      slot.context = paint.context;
      slot.titled = titled;
    }
    const selected = row ? paint.isSelected(row.id) : null;
    const className = row
      ? ['grid__row', selected && 'is-selected', row.id === paint.activeId && 'is-active', !row.adopted && 'is-context'].filter(Boolean).join(' ')
      : 'grid__row grid__row--loading';
    if (className !== slot.className) {
      slot.className = className;
      element.className = className;
    }
    if (selected !== slot.selected) {
      slot.selected = selected;
      if (selected === null) element.removeAttribute('aria-selected');
      else element.setAttribute('aria-selected', String(selected));
    }
    return wrote;
  }

  private writeRow(slot: RowSlot, row: PrecedentRowView, { columns, context }: RowsToPaint, titled: boolean): void {
    const { element } = slot;
    element.id = rowDomId(row.id);
    element.dataset.paragraphId = row.id;
    element.draggable = true;
    element.removeAttribute('aria-busy');
    if (slot.cellColumns !== columns) {
      element.replaceChildren(...columns.map(newCell));
      slot.cellColumns = columns;
    }
    columns.forEach((column, i) => syncChildren(element.children[i]!, CELL_CONTENTS[column](row, context), titled));
  }

  private writeLoading(slot: RowSlot): void {
    const { element } = slot;
    element.replaceChildren();
    slot.cellColumns = null;
    element.removeAttribute('id');
    element.removeAttribute('data-paragraph-id');
    element.removeAttribute('draggable');
    element.setAttribute('aria-busy', 'true');
  }
}

function newCell(column: ColumnId): HTMLDivElement {
  const cell = document.createElement('div');
  cell.setAttribute('role', 'gridcell');
  cell.className = `grid__cell grid__cell--${column}`;
  cell.style.width = `var(--col-${column})`;
  return cell;
}
