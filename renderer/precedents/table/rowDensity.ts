/** Compact rows hold one line each (the full text in their tooltip and in the detail); comfortable ones up to three. */
export type RowDensity = 'compact' | 'comfortable';

export const ROW_DENSITY_KEY = 'precedents.density';

export const parseRowDensity = (raw: unknown): RowDensity => (raw === 'comfortable' ? 'comfortable' : 'compact');

/**
 * Compact rows all have this height (grid.css, `.grid--compact .grid__body .grid__row`), so none is
 * measured: measuring each row laid the page out again at every key typed in the search box.
 */
export const COMPACT_ROW_HEIGHT_REM = 1.625;

/** What the virtualiser assumes of a comfortable row (up to three lines) before measuring it. */
export const COMFORTABLE_ROW_ESTIMATE = 76;

/** The lines a row shows of its text (grid.css: -webkit-line-clamp on .text-cell; one when compact). */
export const TEXT_LINES: Record<RowDensity, number> = { compact: 1, comfortable: 3 };

/** The cells' font size (grid.css: .grid__cell, --font-size-small when compact). */
export const CELL_FONT_REM: Record<RowDensity, number> = { compact: 0.8125, comfortable: 0.875 };
