import { describe, expect, it } from 'vitest';
import { DEFAULT_PANE_LAYOUT, fitPanes, MIN_WIDTH, parsePaneLayout, PRECEDENTS_FOLD_WIDTH, RAIL_WIDTH, SPLITTER_WIDTH, type FittedPanes, type PaneLayoutSetting } from './paneLayout';

/** Width the panes take side by side, the precedents at their minimum. */
function usedWidth(fitted: FittedPanes): number {
  const side = (['themes', 'draft', 'check'] as const).reduce((sum, pane) => {
    const width = fitted.widths[pane];
    if (width !== null) return sum + width + SPLITTER_WIDTH;
    return pane === 'check' ? sum : sum + RAIL_WIDTH;
  }, 0);
  return side + MIN_WIDTH.precedents;
}

const fit = (windowWidth: number, setting: PaneLayoutSetting = DEFAULT_PANE_LAYOUT, checkOpen = false) => fitPanes({ windowWidth, setting, checkOpen, keepOpen: null });

describe('fitPanes', () => {
  it('gives the preferred widths when there is room', () => {
    expect(fit(1920).widths).toEqual({ themes: 260, draft: 420, check: null });
  });

  it('never lets the panes need more than the window, from 900 px (the window minimum) up', () => {
    for (const windowWidth of [900, 1024, 1280, 1366, 1440, 1920]) {
      for (const checkOpen of [false, true]) {
        const wide = { ...DEFAULT_PANE_LAYOUT, widths: { themes: 480, draft: 960, check: 720 } };
        for (const setting of [DEFAULT_PANE_LAYOUT, wide]) expect(usedWidth(fit(windowWidth, setting, checkOpen)), `${windowWidth} ${checkOpen}`).toBeLessThanOrEqual(windowWidth);
      }
    }
  });

  it('keeps the themes and the draft open at 1280 px, the precedents wide enough to read', () => {
    const { widths } = fit(1280);
    expect(widths.themes).toBeGreaterThanOrEqual(MIN_WIDTH.themes);
    expect(widths.draft).toBeGreaterThanOrEqual(MIN_WIDTH.draft);
    expect(1280 - widths.themes! - widths.draft! - 2 * SPLITTER_WIDTH).toBeGreaterThanOrEqual(PRECEDENTS_FOLD_WIDTH);
  });

  it('folds the themes first, then the draft, rather than squeeze the precedents', () => {
    const narrow = fit(1366, DEFAULT_PANE_LAYOUT, true).widths;
    expect(narrow.themes).toBeNull();
    expect(narrow.draft).toBeGreaterThanOrEqual(MIN_WIDTH.draft);
    expect(fit(1100, DEFAULT_PANE_LAYOUT, true).widths).toMatchObject({ themes: null, draft: null });
  });

  it('keeps open the themes the delegate just opened, folding the draft if need be', () => {
    expect(fitPanes({ windowWidth: 1366, setting: DEFAULT_PANE_LAYOUT, checkOpen: true, keepOpen: 'themes' }).widths).toMatchObject({ themes: MIN_WIDTH.themes, draft: MIN_WIDTH.draft });
    const narrow = fitPanes({ windowWidth: 1180, setting: DEFAULT_PANE_LAYOUT, checkOpen: true, keepOpen: 'themes' }).widths;
    expect(narrow.themes).toBeGreaterThanOrEqual(MIN_WIDTH.themes);
    expect(narrow.draft).toBeNull();
  });

  it('keeps the draft open beside the check panel at 1280 px', () => {
    expect(fit(1280, DEFAULT_PANE_LAYOUT, true).widths.draft).toBeGreaterThanOrEqual(MIN_WIDTH.draft);
  });

  it('keeps folded what the delegate folded, and gives its room to the others', () => {
    const setting = { ...DEFAULT_PANE_LAYOUT, collapsed: { themes: true, draft: false } };
    expect(fit(1366, setting).widths).toEqual({ themes: null, draft: 420, check: null });
  });

  it('lets a pane be dragged only as wide as the others allow', () => {
    expect(fit(1366).maxWidths.draft).toBe(1366 - PRECEDENTS_FOLD_WIDTH - MIN_WIDTH.themes - 2 * SPLITTER_WIDTH);
  });
});

describe('parsePaneLayout', () => {
  it('falls back to the defaults for anything missing or invalid, and clamps widths', () => {
    expect(parsePaneLayout(undefined)).toEqual(DEFAULT_PANE_LAYOUT);
    expect(parsePaneLayout({ widths: { themes: 'wide', draft: 5000, check: 10 }, collapsed: { themes: true, draft: 'yes' } })).toEqual({
      widths: { themes: 260, draft: 960, check: MIN_WIDTH.check },
      collapsed: { themes: true, draft: false },
    });
  });
});
