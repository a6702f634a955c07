import { memo, type DragEvent, type MouseEvent } from 'react';
import type { PrecedentRowView } from '../../../shared/query/model';
import { CELLS } from './precedentColumns';
import type { ColumnId } from './tableLayout';

/** What a row does when clicked or dragged; stable, so a row renders again only when what it shows changes. */
export interface RowEvents {
  click(event: MouseEvent, id: string): void;
  dragStart(event: DragEvent, id: string): void;
}

interface PrecedentRowProps {
  row: PrecedentRowView;
  index: number;
  /** Its offset in the rows' box, in pixels. */
  offset: number;
  selected: boolean;
  active: boolean;
  columns: readonly ColumnId[];
  events: RowEvents;
  /** The virtualiser's measuring ref, for rows whose height varies; none when all rows have one height. */
  measure?: (element: HTMLElement | null) => void;
}

/** DOM id of a row, for aria-activedescendant (paragraph ids hold '/', '#' and '.'). */
export function rowDomId(paragraphId: string): string {
  return `precedent-row-${paragraphId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * One precedent row. Memoised: a key typed in the search box renders the table again at once (it
 * is waiting for the new rows), and the rows still showing the previous result need not render.
 */
export const PrecedentRow = memo(function PrecedentRow({ row, index, offset, selected, active, columns, events, measure }: PrecedentRowProps) {
  const classes = ['grid__row', selected && 'is-selected', active && 'is-active', !row.adopted && 'is-context'];
  return (
    <div
      id={rowDomId(row.id)}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-paragraph-id={row.id}
      data-index={index}
      ref={measure}
      className={classes.filter(Boolean).join(' ')}
      style={{ transform: `translateY(${offset}px)` }}
      draggable
      onClick={(event) => events.click(event, row.id)}
      onDragStart={(event) => events.dragStart(event, row.id)}
    >
      {columns.map((column) => {
        const Cell = CELLS[column];
        return (
          <div role="gridcell" key={column} className={`grid__cell grid__cell--${column}`} style={{ width: `var(--col-${column})` }}>
            <Cell row={row} />
          </div>
        );
      })}
    </div>
  );
});
