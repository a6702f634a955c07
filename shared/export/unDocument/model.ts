import type { Lang } from '../../corpus/model';

export type Distribution = 'general' | 'limited' | 'restricted';
export const DISTRIBUTIONS: readonly Distribution[] = ['general', 'limited', 'restricted'];

/**
 * What a UN document prints around its text, filled in by the delegate once per draft (the draft
 * keeps it): symbol, distribution, date, original language, and the lines naming the body, the
 * session and the agenda item. Empty strings print nothing.
 */
export interface UnDocumentFields {
  /** "CTOC/COP/WG.7/2026/L.1". */
  symbol: string;
  distribution: Distribution;
  /** ISO date, YYYY-MM-DD; empty when not yet known. */
  date: string;
  original: Lang;
  /** "Working Group on the Smuggling of Migrants"; one line each, as the first page prints them. */
  body: string;
  /** "Vienna, 2–4 July 2026". */
  session: string;
  /** "Item 2 of the provisional agenda". */
  agendaItem: string;
}

export function emptyUnDocumentFields(original: Lang): UnDocumentFields {
  return { symbol: '', distribution: 'limited', date: '', original, body: '', session: '', agendaItem: '' };
}
