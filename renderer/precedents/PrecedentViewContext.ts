import { createContext, useContext } from 'react';
import type { Lang } from '../../shared/corpus/model';

/** What every cell and the detail need to draw a precedent, without threading it through the table. */
export interface PrecedentView {
  contentLang: Lang;
  /** The search query, for highlighting matches. */
  query: string;
  /** Show the other language's text where the content language is missing. */
  showFallback: boolean;
}

export const PrecedentViewContext = createContext<PrecedentView | null>(null);

export function usePrecedentView(): PrecedentView {
  const view = useContext(PrecedentViewContext);
  if (!view) throw new Error('usePrecedentView needs a PrecedentViewContext provider.');
  return view;
}
