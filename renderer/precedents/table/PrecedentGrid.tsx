import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type DragEvent, type MouseEvent } from 'react';
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
import { useCellContext } from './cellContext';
import { GridRowPainter, paragraphIdAt, rowDomId } from './GridRowPainter';
import { CELL_FONT_REM, COMFORTABLE_ROW_ESTIMATE, COMPACT_ROW_HEIGHT_REM, parseRowDensity, ROW_DENSITY_KEY, TEXT_LINES } from './rowDensity';
import type { ColumnId } from './tableLayout';
import { textRoom } from './textRoom';
import type { PrecedentTable } from './usePrecedentTable';
import type { RowSelection } from './useRowSelection';
import '../../styles/grid.css';

/** Rows drawn beyond the view: each row drawn is written and laid out again at every key typed. */
const OVERSCAN = 4;

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
  const { contentLang } = usePrecedentView();
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const painter = useRef<GridRowPainter | null>(null);
  const headerRef = useRef<HTMLDivElement>(null);
  const [headerHeight, setHeaderHeight] = useState(40);
  const [gridWidth, setGridWidth] = useState(0);
  const [remPixels, setRemPixels] = useState(16);
  const [density] = useSetting(ROW_DENSITY_KEY, parseRowDensity);
  const compact = density === 'compact';
  const rowHeight = compact ? COMPACT_ROW_HEIGHT_REM * remPixels : COMFORTABLE_ROW_ESTIMATE;
  const { order } = pages;
  const rowCount = pages.total ?? 0;

  const { showRows } = pages;
  useLayoutEffect(() => {
    const header = headerRef.current;
    const grid = scrollRef.current;
    if (!header || !grid) return;
    const measure = () => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      setHeaderHeight(header.offsetHeight);
      setGridWidth(grid.clientWidth);
      setRemPixels(rem);
      // What a query's first page brings: the rows that fit under the header if all were compact
      // (the shortest), the overscan, and one to spare for rounding (a row short, each key would ask twice).
      if (grid.clientHeight > 0) showRows(Math.ceil(Math.max(0, grid.clientHeight - header.offsetHeight) / (COMPACT_ROW_HEIGHT_REM * rem)) + OVERSCAN + 1);
    };
    measure();
    // Labels wrap differently in each language and at each column width; panes are resized.
    const observer = new ResizeObserver(measure);
    observer.observe(header);
    observer.observe(grid);
    return () => observer.disconnect();
  }, [showRows]);

  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Rows are keyed by position (the default): a key function of the ids would be called for every
    // row of the result, 100,000 for a large library, each time a result or a page comes.
    overscan: OVERSCAN,
    // The sticky header sits above the rows inside the same scroll box.
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  });

  // Rows are placed again at the other density, or at another font size.
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);

  const fitted = fitColumnWidths(
    table.getVisibleLeafColumns().map((column) => ({ id: column.id, size: column.getSize(), minSize: column.columnDef.minSize ?? 0 })),
    gridWidth,
    'text',
  );
  const columnWidths = Object.fromEntries(Object.entries(fitted).map(([id, width]) => [`--col-${id}`, `${width}px`]));
  const fittedTotal = Object.values(fitted).reduce((sum, width) => sum + width, 0);
  const gridStyle = { ...columnWidths, '--grid-width': `${fittedTotal}px` } as CSSProperties;
  const cellContext = useCellContext(textRoom({ widthPx: gridWidth > 0 ? (fitted.text ?? 0) : Infinity, fontPx: CELL_FONT_REM[density] * remPixels, lines: TEXT_LINES[density] }));
  const virtualItems = virtualizer.getVirtualItems();
  const activeRendered = virtualItems.some((item) => order.idAt(item.index) === selection.activeId);
  const firstShown = virtualItems[0]?.index ?? 0;
  const lastShown = virtualItems.at(-1)?.index ?? 0;
  const { ensureRows } = pages;
  useEffect(() => ensureRows(firstShown, lastShown), [ensureRows, firstShown, lastShown]);
  useEffect(() => {
    if (pages.total !== null) noteFirstRowsShown();
  }, [pages.total]);
  const visibleColumnIds = table.getVisibleLeafColumns().map((column) => column.id as ColumnId);
  // The same array while the same columns show, so rows are not written again.
  const columnIds = useMemo(() => visibleColumnIds, [visibleColumnIds.join(' ')]);

  useEffect(() => {
    const at = reveal ? order.positionOf(reveal.id) : -1;
    if (at >= 0) virtualizer.scrollToIndex(at, { align: 'center' });
    // A row far off in the result: its position comes with every id of the result.
    else if (reveal) void pages.allIds().then((ids) => ids.includes(reveal.id) && virtualizer.scrollToIndex(ids.indexOf(reveal.id), { align: 'center' }));
    // Only a new request scrolls: rows changing afterwards must not pull the view back.
  }, [reveal]);

  const onKeyDown = gridKeyDownHandler({
    order,
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
    const payload = dragPayload(ids.flatMap((rowId) => pages.rowAt(order.positionOf(rowId)) ?? []), contentLang);
    event.dataTransfer.setData(PRECEDENT_DRAG_MIME, payload.ids);
    event.dataTransfer.setData('text/plain', payload.plain);
    event.dataTransfer.effectAllowed = 'copy';
  };

  // Rows are the painter's, not React's (GridRowPainter): written in place, in the commit that placed them.
  useLayoutEffect(() => {
    painter.current ??= new GridRowPainter(bodyRef.current!);
    painter.current.paint({
      rows: virtualItems.map((item) => ({ index: item.index, offset: item.start - virtualizer.options.scrollMargin, row: pages.rowAt(item.index) })),
      columns: columnIds,
      context: cellContext,
      isSelected: (id) => selection.isSelected(id),
      activeId: selection.activeId,
      measure: compact ? undefined : virtualizer.measureElement,
    });
  });

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
        const first = order.idAt(0);
        if (event.target === event.currentTarget && !selection.activeId && first !== undefined) selection.select(first, 'move');
      }}
    >
      <GridHeader table={table} ref={headerRef} />
      <div
        ref={bodyRef}
        role="rowgroup"
        className="grid__body"
        style={{ height: virtualizer.getTotalSize() }}
        onClick={(event) => {
          const id = paragraphIdAt(event.target);
          if (id !== undefined) onRowClick(event, id);
        }}
        onDragStart={(event) => {
          const id = paragraphIdAt(event.target);
          if (id !== undefined) onDragStart(event, id);
        }}
        onMouseOver={(event) => painter.current?.hover(event.target)}
        onMouseLeave={() => painter.current?.hover(null)}
      >
        {pages.total === 0 && (
          <div role="row" className="grid__row grid__row--empty">
            <div role="gridcell">{t('table.empty')}</div>
          </div>
        )}
      </div>
    </div>
  );
}
