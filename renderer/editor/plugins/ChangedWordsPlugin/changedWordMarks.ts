import type { LexicalEditor, NodeKey } from 'lexical';
import { $getNodeByKey } from 'lexical';
import { changedWords, type ChangedWords } from '../../../../shared/draft/changedWords';
import { isPrecedentModified } from '../../../../shared/draft/isPrecedentModified';
import { $isPrecedentNode, PrecedentNode } from '../../nodes/PrecedentNode';
import { $readTextSegments, domRanges, type TextSegment } from '../../textRanges';

/** Names of the CSS custom highlights (`::highlight(...)` in draftEditor.css). */
export const CHANGED_WORD_HIGHLIGHTS = { added: 'precedent-added-words', removed: 'precedent-removed-words' } as const;

interface Marked {
  text: string;
  sourceText: string;
  changes: ChangedWords;
}

/**
 * Marks, in agreed language the delegate edited, only the words that differ from the source, as
 * Word marks tracked changes: words typed in are underlined, and where source words were taken
 * out the space left is struck through. CSS custom highlights over DOM ranges: the document and
 * its DOM stay as they are. Drawn again after each update that changed the text, from cached
 * comparisons (a precedent's words are compared again only when its text changed).
 */
export function startChangedWordMarks(editor: LexicalEditor): () => void {
  const added = new Highlight();
  const removed = new Highlight();
  CSS.highlights.set(CHANGED_WORD_HIGHLIGHTS.added, added);
  CSS.highlights.set(CHANGED_WORD_HIGHLIGHTS.removed, removed);
  const precedents = new Set<NodeKey>();
  const cache = new Map<NodeKey, Marked>();

  const paint = () => {
    added.clear();
    removed.clear();
    editor.getEditorState().read(() => {
      for (const key of precedents) {
        const node = $getNodeByKey(key);
        if (!$isPrecedentNode(node)) continue;
        const { text, segments } = $readTextSegments(node);
        const { sourceText } = node.getSource();
        if (!isPrecedentModified(text, sourceText)) continue;
        const marked = cached(key, text, sourceText);
        for (const range of marked.changes.added) for (const dom of domRanges(editor, segments, range.start, range.end)) added.add(dom);
        for (const { at } of marked.changes.removed) for (const dom of removalRanges(editor, segments, text, at)) removed.add(dom);
      }
    });
  };

  const cached = (key: NodeKey, text: string, sourceText: string): Marked => {
    const known = cache.get(key);
    if (known?.text === text && known.sourceText === sourceText) return known;
    const marked = { text, sourceText, changes: changedWords(sourceText, text) };
    cache.set(key, marked);
    return marked;
  };

  const unregisterMutations = editor.registerMutationListener(
    PrecedentNode,
    (mutations) => {
      for (const [key, mutation] of mutations) {
        if (mutation === 'destroyed') {
          precedents.delete(key);
          cache.delete(key);
        } else precedents.add(key);
      }
    },
    { skipInitialization: false },
  );
  const unregisterUpdates = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
    if (dirtyElements.size > 0 || dirtyLeaves.size > 0) paint();
  });
  paint();

  return () => {
    unregisterMutations();
    unregisterUpdates();
    CSS.highlights.delete(CHANGED_WORD_HIGHLIGHTS.added);
    CSS.highlights.delete(CHANGED_WORD_HIGHLIGHTS.removed);
  };
}

/** Words taken out leave nothing to mark: the space where they stood is marked, or the character beside it. */
function removalRanges(editor: LexicalEditor, segments: readonly TextSegment[], text: string, at: number): Range[] {
  const start = at > 0 && /\s/.test(text[at - 1]!) ? at - 1 : at < text.length ? at : at - 1;
  return start < 0 ? [] : domRanges(editor, segments, start, start + 1);
}
