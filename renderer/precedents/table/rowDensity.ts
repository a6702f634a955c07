/** Compact rows hold one line each (the full text in their tooltip and in the detail); comfortable ones up to three. */
export type RowDensity = 'compact' | 'comfortable';

export const ROW_DENSITY_KEY = 'precedents.density';

export const parseRowDensity = (raw: unknown): RowDensity => (raw === 'comfortable' ? 'comfortable' : 'compact');

/** What the virtualiser assumes of a row before measuring it (grid.css sets the real heights). */
export const ESTIMATED_ROW_HEIGHT: Record<RowDensity, number> = { compact: 26, comfortable: 76 };
