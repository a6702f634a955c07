/** The side panes around the precedents, which always keep the middle. */
export type SidePane = 'themes' | 'draft' | 'check';
/** Panes the delegate may fold to a rail; the check panel is closed instead. */
export type CollapsiblePane = 'themes' | 'draft';

export interface PaneLayoutSetting {
  /** Preferred widths in CSS pixels, as last dragged. */
  widths: Record<SidePane, number>;
  /** Folded by the delegate. */
  collapsed: Record<CollapsiblePane, boolean>;
}

export const MIN_WIDTH = { themes: 180, precedents: 480, draft: 340, check: 300 } as const;
/** Below this the precedents' columns get cramped: a pane folds before they are squeezed further. */
export const PRECEDENTS_FOLD_WIDTH = 600;
export const MAX_WIDTH: Record<SidePane, number> = { themes: 480, draft: 960, check: 720 };
/** A folded pane's rail, and the splitter beside each open side pane. */
export const RAIL_WIDTH = 40;
export const SPLITTER_WIDTH = 6;

export const DEFAULT_PANE_LAYOUT: PaneLayoutSetting = {
  widths: { themes: 260, draft: 420, check: 360 },
  collapsed: { themes: false, draft: false },
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Keeps what is valid of a stored layout, the rest from the defaults. */
export function parsePaneLayout(raw: unknown): PaneLayoutSetting {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Partial<Record<keyof PaneLayoutSetting, Record<string, unknown>>>) : {};
  const width = (pane: SidePane) => {
    const value = stored.widths?.[pane];
    return typeof value === 'number' && Number.isFinite(value) ? clamp(Math.round(value), MIN_WIDTH[pane], MAX_WIDTH[pane]) : DEFAULT_PANE_LAYOUT.widths[pane];
  };
  const collapsed = (pane: CollapsiblePane) => stored.collapsed?.[pane] === true;
  return {
    widths: { themes: width('themes'), draft: width('draft'), check: width('check') },
    collapsed: { themes: collapsed('themes'), draft: collapsed('draft') },
  };
}

export interface FittedPanes {
  /** Width of each open side pane; null when folded to its rail (or, for the check panel, closed). */
  widths: Record<SidePane, number | null>;
  /** The widest each open pane may be dragged while the others keep their minimum. */
  maxWidths: Record<SidePane, number>;
}

interface FitRequest {
  windowWidth: number;
  setting: PaneLayoutSetting;
  checkOpen: boolean;
  /** Folded last when the window is too narrow: the pane the delegate just opened. */
  keepOpen: CollapsiblePane | null;
}

/**
 * Widths that always fit the window: the preferred ones when there is room; otherwise the themes
 * and then the draft fold to a rail, and the side panes still open give back width down to their
 * minimum, so the precedents never get less than their minimum and nothing lies past the window's edge.
 */
export function fitPanes({ windowWidth, setting, checkOpen, keepOpen }: FitRequest): FittedPanes {
  const open = new Set<SidePane>((['themes', 'draft'] as const).filter((pane) => !setting.collapsed[pane]));
  if (checkOpen) open.add('check');
  const footprint = (pane: SidePane, width: number) => (open.has(pane) ? width + SPLITTER_WIDTH : pane === 'check' ? 0 : RAIL_WIDTH);
  const sidesMinimum = () => (['themes', 'draft', 'check'] as const).reduce((sum, pane) => sum + footprint(pane, MIN_WIDTH[pane]), 0);

  // The themes fold to spare the precedents' columns; the draft, which the check acts on, only when
  // the precedents' minimum is at stake, and so does the pane the delegate has just opened.
  const foldBelow = (pane: CollapsiblePane) => (pane === 'themes' && keepOpen !== 'themes' ? PRECEDENTS_FOLD_WIDTH : MIN_WIDTH.precedents);
  const foldOrder: CollapsiblePane[] = keepOpen === 'themes' ? ['draft', 'themes'] : ['themes', 'draft'];
  for (const pane of foldOrder) if (foldBelow(pane) + sidesMinimum() > windowWidth) open.delete(pane);

  const sides = [...open];
  // The precedents keep PRECEDENTS_FOLD_WIDTH where the side panes' minimums leave it, else what is left.
  const precedentsFloor = Math.max(MIN_WIDTH.precedents, Math.min(PRECEDENTS_FOLD_WIDTH, windowWidth - sidesMinimum()));
  const spare = windowWidth - precedentsFloor - sidesMinimum();
  const excess = sides.reduce((sum, pane) => sum + setting.widths[pane] - MIN_WIDTH[pane], 0);
  // Too wide together: each gives back in proportion to what it has above its minimum.
  const keep = excess > spare ? Math.max(0, spare) / excess : 1;

  const widths: Record<SidePane, number | null> = { themes: null, draft: null, check: null };
  const maxWidths: Record<SidePane, number> = { themes: MIN_WIDTH.themes, draft: MIN_WIDTH.draft, check: MIN_WIDTH.check };
  for (const pane of sides) {
    widths[pane] = Math.floor(MIN_WIDTH[pane] + (setting.widths[pane] - MIN_WIDTH[pane]) * keep);
    maxWidths[pane] = clamp(MIN_WIDTH[pane] + Math.max(0, spare), MIN_WIDTH[pane], MAX_WIDTH[pane]);
  }
  return { widths, maxWidths };
}
