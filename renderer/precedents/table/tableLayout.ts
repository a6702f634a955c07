import type { ColumnSizingState, ColumnVisibilityState, SortingState } from '@tanstack/react-table';
import type { PrecedentSort } from '../../../shared/query/model';
import { SORT_COLUMNS } from '../../../shared/query/model';

// The table's remembered layout, apart from the table's code: the window asks for its opening page
// with this sort before that code has loaded.

export const COLUMN_IDS = ['ref', 'citation', 'text', 'strength', 'themes', 'year', 'body', 'session'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

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

/** The host's sort for the table's: its first sortable column. */
export function sortOf(sorting: readonly { id: string; desc: boolean }[]): PrecedentSort | null {
  const first = sorting[0];
  return first && (SORT_COLUMNS as readonly string[]).includes(first.id) ? { column: first.id as PrecedentSort['column'], desc: first.desc } : null;
}
