import { useMemo } from 'react';
import { functionalUpdate, type ColumnSizingState, type ColumnVisibilityState, type SortingState, type Updater } from '@tanstack/react-table';
import { useSetting } from '../../app/settings/SettingsContext';
import { COLUMN_IDS } from './precedentColumns';

export interface TableLayout {
  sorting: SortingState;
  columnSizing: ColumnSizingState;
  columnVisibility: ColumnVisibilityState;
}

export const TABLE_LAYOUT_KEY = 'precedents.table';

// The citation already names the body and the meeting; these columns are there for sorting and scanning when wanted.
const DEFAULT_VISIBILITY: ColumnVisibilityState = { body: false, session: false };

const knownColumn = (id: unknown): id is string => typeof id === 'string' && (COLUMN_IDS as readonly string[]).includes(id);

/** Keeps what is valid of a stored layout (a column may have been renamed since it was saved). */
export function parseTableLayout(raw: unknown): TableLayout {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const sorting = Array.isArray(stored.sorting)
    ? stored.sorting.filter((entry): entry is { id: string; desc: boolean } => typeof entry === 'object' && entry !== null && knownColumn(entry.id) && typeof entry.desc === 'boolean')
    : [];
  const record = (value: unknown, valid: (entry: unknown) => boolean) =>
    Object.fromEntries(Object.entries(typeof value === 'object' && value !== null ? value : {}).filter(([id, entry]) => knownColumn(id) && valid(entry)));
  return {
    sorting: sorting.map(({ id, desc }) => ({ id, desc })),
    columnSizing: record(stored.columnSizing, (size) => typeof size === 'number' && Number.isFinite(size) && size > 0) as ColumnSizingState,
    columnVisibility: { ...DEFAULT_VISIBILITY, ...(record(stored.columnVisibility, (visible) => typeof visible === 'boolean') as ColumnVisibilityState) },
  };
}

/** Sorting, column widths and hidden columns, remembered between sessions. */
export function useTableLayout() {
  const [layout, setLayout] = useSetting(TABLE_LAYOUT_KEY, parseTableLayout);
  const handlers = useMemo(() => {
    const update =
      <K extends keyof TableLayout>(key: K) =>
      (updater: Updater<TableLayout[K]>) =>
        setLayout((current) => ({ ...current, [key]: functionalUpdate(updater, current[key]) }));
    return {
      onSortingChange: update('sorting'),
      onColumnSizingChange: update('columnSizing'),
      onColumnVisibilityChange: update('columnVisibility'),
    };
  }, [setLayout]);
  return { layout, ...handlers };
}
