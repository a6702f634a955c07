import { createContext, useContext } from 'react';
import type { NodeKey } from 'lexical';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Lang } from '../../shared/corpus/model';
import type { CitationStyle } from '../../shared/draft/model';

export interface CitationDisplay {
  index: CorpusIndex;
  lang: Lang;
  style: CitationStyle;
  /** Every citation of the draft, in document order. */
  citations: readonly { key: NodeKey; paragraphId: string }[];
  /** Footnote number of each citation node. */
  footnoteNumbers: ReadonlyMap<NodeKey, number>;
}

export const CitationDisplayContext = createContext<CitationDisplay | null>(null);

export function useCitationDisplay(): CitationDisplay {
  const display = useContext(CitationDisplayContext);
  if (!display) throw new Error('Citations are shown only inside <DraftEditor>, which provides CitationDisplayContext.');
  return display;
}
