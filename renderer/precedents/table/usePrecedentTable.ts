import { useTable } from '@tanstack/react-table';
import type { PrecedentRowView } from '../../../shared/query/model';
import { precedentColumns } from './precedentColumns';
import { precedentTableFeatures } from './precedentTableFeatures';
import { sortOf } from './tableLayout';
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

export type PrecedentTable = ReturnType<typeof usePrecedentTable>['table'];
