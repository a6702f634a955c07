import { useMemo } from 'react';
import { functionalUpdate, type Updater } from '@tanstack/react-table';
import { useSetting } from '../../app/settings/SettingsContext';
import { parseTableLayout, TABLE_LAYOUT_KEY, type TableLayout } from './tableLayout';

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
