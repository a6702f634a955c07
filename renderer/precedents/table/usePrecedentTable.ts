import { useTable } from '@tanstack/react-table';
import type { PrecedentRow } from '../model/precedentRows';
import { precedentColumns } from './precedentColumns';
import { precedentTableFeatures } from './precedentTableFeatures';
import { useTableLayout } from './useTableLayout';

const rowId = (row: PrecedentRow) => row.id;
const subRows = (row: PrecedentRow) => row.subRows;
// Every parent is shown with its sub-items: there is nothing to collapse.
const allExpanded = true as const;

export function usePrecedentTable(rows: readonly PrecedentRow[]) {
  const { layout, onSortingChange, onColumnSizingChange, onColumnVisibilityChange } = useTableLayout();
  return useTable({
    features: precedentTableFeatures,
    columns: precedentColumns,
    data: rows,
    getRowId: rowId,
    getSubRows: subRows,
    state: { ...layout, expanded: allExpanded },
    onSortingChange,
    onColumnSizingChange,
    onColumnVisibilityChange,
    columnResizeMode: 'onChange',
    // A first click sorts ascending: oldest year, first paragraph, strongest wording.
    sortDescFirst: false,
  });
}

export type PrecedentTable = ReturnType<typeof usePrecedentTable>;
