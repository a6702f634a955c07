import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrecedentTable } from './usePrecedentTable';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export function GridHeader({ table, ref }: { table: PrecedentTable; ref: Ref<HTMLDivElement> }) {
  const { t } = useTranslation('precedents');
  return (
    <div role="rowgroup" className="grid__header" ref={ref}>
      {table.getHeaderGroups().map((group) => (
        <div role="row" aria-rowindex={1} className="grid__row grid__row--header" key={group.id}>
          {group.headers.map((header) => {
            const column = header.column;
            const sorted = column.getIsSorted();
            return (
              <div
                role="columnheader"
                key={header.id}
                className={`grid__cell grid__cell--${column.id}`}
                style={{ width: `var(--col-${column.id})` }}
                aria-sort={column.getCanSort() ? (sorted ? ARIA_SORT[sorted] : 'none') : undefined}
              >
                {column.getCanSort() ? (
                  <button type="button" className="grid__sort" onClick={column.getToggleSortingHandler()} title={t('table.sortHint')}>
                    <table.FlexRender header={header} />
                    <span aria-hidden="true" className="grid__sort-indicator">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                    </span>
                  </button>
                ) : (
                  <span className="grid__header-label">
                    <table.FlexRender header={header} />
                  </span>
                )}
                {column.getCanResize() && (
                  // Mouse and touch only; keyboard users set widths in the column menu.
                  <div
                    aria-hidden="true"
                    className={column.getIsResizing() ? 'grid__resizer is-resizing' : 'grid__resizer'}
                    onMouseDown={header.getResizeHandler()}
                    onTouchStart={header.getResizeHandler()}
                    onDoubleClick={() => column.resetSize()}
                  />
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
