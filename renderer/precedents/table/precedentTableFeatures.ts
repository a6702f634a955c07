import { columnResizingFeature, columnSizingFeature, columnVisibilityFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table';

// The table keeps the columns (widths, visibility, which one sorts); the rows and their order come
// from the host, page by page (usePrecedentPages), so no row model is computed here.
export const precedentTableFeatures = tableFeatures({
  columnSizingFeature,
  columnResizingFeature,
  columnVisibilityFeature,
  rowSortingFeature,
});

export type PrecedentTableFeatures = typeof precedentTableFeatures;
