import { useTable } from '@tanstack/react-table';
import type { PrecedentSort } from '../../../shared/query/model';
import { SORT_COLUMNS } from '../../../shared/query/model';
import type { PrecedentRowView } from '../../../shared/query/model';
import { precedentColumns } from './precedentColumns';
import { precedentTableFeatures } from './precedentTableFeatures';
import { useTableLayout } from './useTableLayout';

const NO_ROWS: PrecedentRowView[] = [];

/** The table's columns and layout; sorting is done by the host, with the sort this gives. */
export function usePrecedentTable() {
  const { layout, onSortingChange, onColumnSizingChange, onColumnVisibilityChange } = useTableLayout();
  const table = useTable({
    features: precedentTableFeatures,
    columns: precedentColumns,
    data: NO_ROWS,
    state: layout,
    onSortingChange,
    onColumnSizingChange,
    onColumnVisibilityChange,
    columnResizeMode: 'onChange',
    manualSorting: true,
    // A first click sorts ascending: oldest year, first paragraph, strongest wording.
    sortDescFirst: false,
  });
  return { table, sort: sortOf(layout.sorting) };
}

/** The host's sort for the table's: its first sortable column. */
export function sortOf(sorting: readonly { id: string; desc: boolean }[]): PrecedentSort | null {
  const first = sorting[0];
  return first && (SORT_COLUMNS as readonly string[]).includes(first.id) ? { column: first.id as PrecedentSort['column'], desc: first.desc } : null;
}

export type PrecedentTable = ReturnType<typeof usePrecedentTable>['table'];
