import {
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createExpandedRowModel,
  createSortedRowModel,
  rowExpandingFeature,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';

export const precedentTableFeatures = tableFeatures({
  columnSizingFeature,
  columnResizingFeature,
  columnVisibilityFeature,
  rowSortingFeature,
  rowExpandingFeature,
  sortedRowModel: createSortedRowModel(),
  // Sub-items stay under their parent: sorting orders parents (and siblings), expansion then lists each parent's sub-items after it.
  expandedRowModel: createExpandedRowModel(),
  sortFns: { basic: sortFn_basic },
});

export type PrecedentTableFeatures = typeof precedentTableFeatures;
