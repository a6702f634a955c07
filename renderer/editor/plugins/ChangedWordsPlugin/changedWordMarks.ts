import type { LexicalEditor, NodeKey } from 'lexical';
import { $getNodeByKey } from 'lexical';
import { changedWords } from '../../../../shared/draft/changedWords';
import { isPrecedentModified } from '../../../../shared/draft/isPrecedentModified';
import { $isPrecedentNode, PrecedentNode } from '../../nodes/PrecedentNode';
import { $readTextSegments, domRanges, type TextSegment } from '../../textRanges';

/** Names of the CSS custom highlights (`::highlight(...)` in draftEditor.css). */
export const CHANGED_WORD_HIGHLIGHTS = { added: 'precedent-added-words', removed: 'precedent-removed-words' } as const;

/** The marks drawn on one precedent, to take them away when it changes. */
interface Marks {
  added: Range[];
  removed: Range[];
}

/**
 * Marks, in agreed language the delegate edited, only the words that differ from the source, as
 * Word marks tracked changes: words typed in are underlined, and where source words were taken
 * out the space left is struck through. CSS custom highlights over DOM ranges: the document and
 * its DOM stay as they are. After each update only the precedents it touched are compared again
 * (a keystroke elsewhere in a long draft costs nothing).
 */
export function startChangedWordMarks(editor: LexicalEditor): () => void {
  const added = new Highlight();
  const removed = new Highlight();
  CSS.highlights.set(CHANGED_WORD_HIGHLIGHTS.added, added);
  CSS.highlights.set(CHANGED_WORD_HIGHLIGHTS.removed, removed);
  const marks = new Map<NodeKey, Marks>();
  const precedents = new Set<NodeKey>();

  const unmark = (key: NodeKey) => {
    const old = marks.get(key);
    if (!old) return;
    for (const range of old.added) added.delete(range);
    for (const range of old.removed) removed.delete(range);
    marks.delete(key);
  };

  const $mark = (key: NodeKey) => {
    unmark(key);
    const node = $getNodeByKey(key);
    if (!$isPrecedentNode(node)) return;
    const { text, segments } = $readTextSegments(node);
    const { sourceText } = node.getSource();
    if (!isPrecedentModified(text, sourceText)) return;
    const changes = changedWords(sourceText, text);
    const drawn: Marks = {
      added: changes.added.flatMap((range) => domRanges(editor, segments, range.start, range.end)),
      removed: changes.removed.flatMap(({ at }) => removalRanges(editor, segments, text, at)),
    };
    for (const range of drawn.added) added.add(range);
    for (const range of drawn.removed) removed.add(range);
    marks.set(key, drawn);
  };

  const unregisterMutations = editor.registerMutationListener(
    PrecedentNode,
    (mutations) => {
      for (const [key, mutation] of mutations) {
        if (mutation === 'destroyed') {
          precedents.delete(key);
          unmark(key);
        } else precedents.add(key);
      }
      editor.getEditorState().read(() => {
        for (const [key, mutation] of mutations) if (mutation !== 'destroyed') $mark(key);
      });
    },
    { skipInitialization: false },
  );
  // Typing inside a precedent changes its text nodes, not the precedent: its key is among the dirty elements.
  const unregisterUpdates = editor.registerUpdateListener(({ editorState, dirtyElements }) => {
    const touched = [...dirtyElements.keys()].filter((key) => precedents.has(key));
    if (touched.length > 0) editorState.read(() => touched.forEach($mark));
  });

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
