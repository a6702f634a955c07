import type { ExcerptRoom } from '../search/matchExcerpt';

/**
 * The narrowest character of the interface's fonts, in em ('i', 'l' and the apostrophe are about
 * 0.2 em in Liberation Sans and Arial): a line holds no more characters than its width in these.
 */
const NARROWEST_CHARACTER_EM = 0.15;

/** An average character of running French or English text, spaces included, in em. */
const AVERAGE_CHARACTER_EM = 0.5;

/** A column resized by a few pixels keeps its room, and its rows are not written again. */
const ROOM_STEP = 16;

/** Characters kept before a first match: a third of what the cell shows, between these. */
const LEAD_CHARS = { least: 8, most: 60 };

export interface CellBox {
  /** The text column's width in pixels; Infinity before the grid is measured. */
  widthPx: number;
  fontPx: number;
  /** The lines a row shows of its text. */
  lines: number;
}

/**
 * How much of a text a cell of this size can show: nothing past maxChars could be seen, however
 * narrow its characters; a match is shown with a third of the cell's text before it, so that a
 * one-line row shows it too.
 */
export function textRoom({ widthPx, fontPx, lines }: CellBox): ExcerptRoom {
  const shown = (lines * widthPx) / (AVERAGE_CHARACTER_EM * fontPx);
  return {
    maxChars: Math.ceil((lines * widthPx) / (NARROWEST_CHARACTER_EM * fontPx) / ROOM_STEP) * ROOM_STEP,
    leadChars: Math.round(Math.min(LEAD_CHARS.most, Math.max(LEAD_CHARS.least, shown / 3))),
  };
}
