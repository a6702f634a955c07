import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfsIterator } from '@lexical/utils';
import type { NodeKey } from 'lexical';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Lang } from '../../shared/corpus/model';
import type { CitationStyle } from '../../shared/draft/model';
import { CitationDisplayContext, type CitationDisplay } from './CitationDisplayContext';
import { $isCitationNode } from './nodes/CitationNode';

export interface CitationInOrder {
  key: NodeKey;
  paragraphId: string;
}

function $citationsInOrder(): CitationInOrder[] {
  const citations: CitationInOrder[] = [];
  for (const { node } of $dfsIterator()) {
    if ($isCitationNode(node)) citations.push({ key: node.getKey(), paragraphId: node.getParagraphId() });
  }
  return citations;
}

function sameOrder(a: readonly CitationInOrder[], b: readonly CitationInOrder[]): boolean {
  return a.length === b.length && a.every((citation, i) => citation.key === b[i]?.key && citation.paragraphId === b[i]?.paragraphId);
}

/** Gives every citation the draft's language and style, and its footnote number in document order. */
export function CitationDisplayProvider({ index, lang, style, children }: { index: CorpusIndex; lang: Lang; style: CitationStyle; children: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const [citations, setCitations] = useState<CitationInOrder[]>(() => editor.getEditorState().read($citationsInOrder));

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        const next = editorState.read($citationsInOrder);
        setCitations((previous) => (sameOrder(previous, next) ? previous : next));
      }),
    [editor],
  );

  const display = useMemo<CitationDisplay>(
    () => ({ index, lang, style, citations, footnoteNumbers: new Map(citations.map((citation, i) => [citation.key, i + 1])) }),
    [index, lang, style, citations],
  );
  return <CitationDisplayContext value={display}>{children}</CitationDisplayContext>;
}
