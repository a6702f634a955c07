import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type DragEvent, type MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { PRECEDENT_DRAG_MIME } from '../../app/draftBridge';
import { useSetting } from '../../app/settings/SettingsContext';
import { dragPayload } from '../model/dragPayload';
import type { PrecedentPages } from '../results/usePrecedentPages';
import { noteFirstRowsShown } from '../firstRowsShown';
import { usePrecedentView } from '../PrecedentViewContext';
import { fitColumnWidths } from './fitColumnWidths';
import { GridHeader } from './GridHeader';
import { gridKeyDownHandler } from './gridKeyDownHandler';
import { CellLabelsContext, useCellLabelsValue } from './CellLabels';
import { CELLS } from './precedentColumns';
import { ESTIMATED_ROW_HEIGHT, parseRowDensity, ROW_DENSITY_KEY } from './rowDensity';
import type { ColumnId } from './tableLayout';
import type { PrecedentTable } from './usePrecedentTable';
import type { RowSelection } from './useRowSelection';
import '../../styles/grid.css';

/** DOM id of a row, for aria-activedescendant (paragraph ids hold '/', '#' and '.'). */
export function rowDomId(paragraphId: string): string {
  return `precedent-row-${paragraphId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

interface PrecedentGridProps {
  table: PrecedentTable;
  /** The result's rows as far as fetched; the grid asks for the pages it scrolls to. */
  pages: PrecedentPages;
  selection: RowSelection;
  label: string;
  onOpen(id: string): void;
  /** A row to scroll into view, asked from outside the table; each new request scrolls again. */
  reveal?: { id: string } | null;
}

export function PrecedentGrid({ table, pages, selection, label, onOpen, reveal }: PrecedentGridProps) {
  const { t } = useTranslation('precedents');
  const cellLabels = useCellLabelsValue();
  const { contentLang } = usePrecedentView();
  const scrollRef = useRef<HTMLDivElement>(null);
  const headerRef = useRef<HTMLDivElement>(null);
  const [headerHeight, setHeaderHeight] = useState(40);
  const [gridWidth, setGridWidth] = useState(0);
  const [density] = useSetting(ROW_DENSITY_KEY, parseRowDensity);
  const rowHeight = ESTIMATED_ROW_HEIGHT[density];
  const rowIds = pages.ids;
  const rowCount = pages.total ?? 0;

  useLayoutEffect(() => {
    const header = headerRef.current;
    const grid = scrollRef.current;
    if (!header || !grid) return;
    const measure = () => {
      setHeaderHeight(header.offsetHeight);
      setGridWidth(grid.clientWidth);
    };
    measure();
    // Labels wrap differently in each language and at each column width; panes are resized.
    const observer = new ResizeObserver(measure);
    observer.observe(header);
    observer.observe(grid);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Rows are keyed by position (the default): a key function of the ids would be called for every
    // row of the result, 100,000 for a large library, each time a result or a page comes.
    overscan: 8,
    // The sticky header sits above the rows inside the same scroll box.
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  });

  // Rows measured at the other density are re-measured.
  useEffect(() => virtualizer.measure(), [density, virtualizer]);

  const fitted = fitColumnWidths(
    table.getVisibleLeafColumns().map((column) => ({ id: column.id, size: column.getSize(), minSize: column.columnDef.minSize ?? 0 })),
    gridWidth,
    'text',
  );
  const columnWidths = Object.fromEntries(Object.entries(fitted).map(([id, width]) => [`--col-${id}`, `${width}px`]));
  const fittedTotal = Object.values(fitted).reduce((sum, width) => sum + width, 0);
  const gridStyle = { ...columnWidths, '--grid-width': `${fittedTotal}px` } as CSSProperties;
  const virtualItems = virtualizer.getVirtualItems();
  const activeRendered = virtualItems.some((item) => rowIds[item.index] === selection.activeId);
  const firstShown = virtualItems[0]?.index ?? 0;
  const lastShown = virtualItems.at(-1)?.index ?? 0;
  const { ensureRows } = pages;
  useEffect(() => ensureRows(firstShown, lastShown), [ensureRows, firstShown, lastShown, rowCount]);
  const rowsRendered = pages.total !== null && (pages.total === 0 || virtualItems.length > 0);
  useEffect(() => {
    if (rowsRendered) noteFirstRowsShown();
  }, [rowsRendered]);
  const visibleColumns = table.getVisibleLeafColumns();

  useEffect(() => {
    const at = reveal ? rowIds.indexOf(reveal.id) : -1;
    if (at >= 0) virtualizer.scrollToIndex(at, { align: 'center' });
    // A row far off in the result: its position comes with every id of the result.
    else if (reveal) void pages.allIds().then((ids) => ids.includes(reveal.id) && virtualizer.scrollToIndex(ids.indexOf(reveal.id), { align: 'center' }));
    // Only a new request scrolls: rows changing afterwards must not pull the view back.
  }, [reveal]);

  const onKeyDown = gridKeyDownHandler({
    rowIds,
    selection,
    pageSize: () => Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / rowHeight) - 1),
    scrollToIndex: (i) => virtualizer.scrollToIndex(i, { align: 'auto' }),
    onOpen,
    onSelectAll: () => void pages.allIds().then((ids) => selection.selectAll(ids)),
  });

  // The detail always shows the row that became the selection, however it was chosen.
  const selectOnly = (id: string) => {
    selection.select(id, 'replace');
    onOpen(id);
  };

  const onRowClick = (event: MouseEvent, id: string) => {
    if (event.shiftKey) selection.select(id, 'extend');
    else if (event.ctrlKey || event.metaKey) selection.select(id, 'toggle');
    else selectOnly(id);
  };

  const onDragStart = (event: DragEvent, id: string) => {
    // Dragging a row of the selection drags the whole selection; dragging another row drags it alone.
    const ids = selection.isSelected(id) ? selection.selectedIds : [id];
    if (!selection.isSelected(id)) selectOnly(id);
    const payload = dragPayload(ids.flatMap((rowId) => pages.rowAt(rowIds.indexOf(rowId)) ?? []), contentLang);
    event.dataTransfer.setData(PRECEDENT_DRAG_MIME, payload.ids);
    event.dataTransfer.setData('text/plain', payload.plain);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={label}
      aria-rowcount={rowCount + 1}
      aria-multiselectable="true"
      aria-busy={pages.stale}
      aria-activedescendant={selection.activeId && activeRendered ? rowDomId(selection.activeId) : undefined}
      tabIndex={0}
      className={`grid grid--${density}`}
      style={gridStyle}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        // Arriving by keyboard with nothing active: start on the first row, without selecting it.
        const first = rowIds[0];
        if (event.target === event.currentTarget && !selection.activeId && first !== undefined) selection.select(first, 'move');
      }}
    >
      <GridHeader table={table} ref={headerRef} />
      <CellLabelsContext value={cellLabels}>
        <div role="rowgroup" className="grid__body" style={{ height: virtualizer.getTotalSize() }}>
          {pages.total === 0 && (
            <div role="row" className="grid__row grid__row--empty">
              <div role="gridcell">{t('table.empty')}</div>
            </div>
          )}
          {virtualItems.map((item) => {
            const row = pages.rowAt(item.index);
            const style = { transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` };
            if (!row) {
              // Its page is on its way from the host.
              return <div key={item.key} role="row" aria-rowindex={item.index + 2} aria-busy="true" data-index={item.index} ref={virtualizer.measureElement} className="grid__row grid__row--loading" style={style} />;
            }
            const selected = selection.isSelected(row.id);
            const classes = ['grid__row', selected && 'is-selected', row.id === selection.activeId && 'is-active', !row.adopted && 'is-context'];
            return (
              <div
                key={row.id}
                id={rowDomId(row.id)}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                data-paragraph-id={row.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className={classes.filter(Boolean).join(' ')}
                style={style}
                draggable
                onClick={(event) => onRowClick(event, row.id)}
                onDragStart={(event) => onDragStart(event, row.id)}
              >
                {visibleColumns.map((column) => {
                  const Cell = CELLS[column.id as ColumnId];
                  return (
                    <div role="gridcell" key={column.id} className={`grid__cell grid__cell--${column.id}`} style={{ width: `var(--col-${column.id})` }}>
                      <Cell row={row} />
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </CellLabelsContext>
    </div>
  );
}
