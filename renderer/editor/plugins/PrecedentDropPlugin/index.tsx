import { useEffect, useRef } from 'react';
import { caretFromPoint } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag,
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  createCommand,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  SKIP_DOM_SELECTION_TAG,
  type LexicalCommand,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import type { CorpusIndex } from '../../../../shared/corpus/corpusIndex';
import type { Lang } from '../../../../shared/corpus/model';
import { PRECEDENT_DRAG_MIME } from '../../../app/draftBridge';
import { $insertPrecedents } from '../../insertPrecedents';
import { resolvePrecedents } from '../../resolvePrecedents';
import { PRECEDENT_INSERTED_TAG } from '../InsertionFeedbackPlugin';

/** Inserts the given paragraphs at the caret the draft last had (or at its end), without taking the focus. */
export const INSERT_PRECEDENT_COMMAND: LexicalCommand<readonly string[]> = createCommand('INSERT_PRECEDENT_COMMAND');

interface Props {
  /** Brings the paragraphs from the host (the window holds only those asked for): an index holding them. */
  load: (paragraphIds: readonly string[]) => CorpusIndex | Promise<CorpusIndex>;
  lang: Lang;
  /** Paragraph ids that could not be inserted: not in the corpus, or without text. */
  onUnknown: (paragraphIds: string[]) => void;
}

/**
 * Precedent rows dropped from the table, and "Insert into draft" from the keyboard. Lexical's
 * rich-text plugin lets the browser handle drags of types it does not know, so without cancelling
 * `dragover` here the draft would refuse the drop.
 */
export function PrecedentDropPlugin({ load, lang, onUnknown }: Props): null {
  const [editor] = useLexicalComposerContext();
  const lastCaret = useRef<RangeSelection | null>(null);

  useEffect(() => {
    const $insert = (index: CorpusIndex, paragraphIds: readonly string[], at: RangeSelection | null, tags: string[]) => {
      const { sources, unknown } = resolvePrecedents(index, paragraphIds, lang);
      if (unknown.length > 0) onUnknown(unknown);
      for (const tag of [PRECEDENT_INSERTED_TAG, ...tags]) $addUpdateTag(tag);
      $insertPrecedents(sources, at);
    };
    /**
     * Paragraphs the window holds go in within the command's own update, where the caret or the
     * drop point is still what the delegate saw; others once the host has answered.
     */
    const insert = (paragraphIds: readonly string[], at: RangeSelection | null, tags: string[]): Promise<void> => {
      const loaded = load(paragraphIds);
      if (!(loaded instanceof Promise)) {
        $insert(loaded, paragraphIds, at, tags);
        return Promise.resolve();
      }
      return loaded.then((index) => editor.update(() => $insert(index, paragraphIds, at, tags)));
    };
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) lastCaret.current = selection.clone();
        });
      }),
      editor.registerCommand(
        DRAGOVER_COMMAND,
        (event) => {
          if (!event.dataTransfer?.types.includes(PRECEDENT_DRAG_MIME)) return false;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          const paragraphIds = readDraggedIds(event.dataTransfer);
          if (paragraphIds === null) return false;
          event.preventDefault();
          // After the insertion: focusing inside this update would be overwritten by the drop's own selection handling.
          void insert(paragraphIds, $selectionAtPoint(editor, event.clientX, event.clientY), []).then(() => editor.focus());
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        INSERT_PRECEDENT_COMMAND,
        (paragraphIds) => {
          // The delegate is in the precedent table: the draft changes under their eyes, the focus stays there.
          void insert(paragraphIds, lastCaret.current, [SKIP_DOM_SELECTION_TAG]);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  }, [editor, load, lang, onUnknown]);

  return null;
}

function readDraggedIds(dataTransfer: DataTransfer | null): string[] | null {
  const payload = dataTransfer?.getData(PRECEDENT_DRAG_MIME);
  if (!payload) return null;
  try {
    const ids: unknown = JSON.parse(payload);
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : null;
  } catch {
    return null;
  }
}

/** The caret position under the pointer, as a collapsed selection; null outside any text. */
function $selectionAtPoint(editor: LexicalEditor, x: number, y: number): RangeSelection | null {
  const caret = caretFromPoint(x, y, editor.getRootElement());
  if (!caret) return null;
  const node = $getNearestNodeFromDOMNode(caret.node);
  if (!node) return null;
  const selection = $createRangeSelection();
  if ($isTextNode(node)) {
    selection.anchor.set(node.getKey(), caret.offset, 'text');
  } else if ($isElementNode(node) && editor.getElementByKey(node.getKey()) === caret.node) {
    // An element's DOM children are its Lexical children, but for the <br> an empty block shows.
    selection.anchor.set(node.getKey(), Math.min(caret.offset, node.getChildrenSize()), 'element');
  } else {
    const parent = node.getParentOrThrow();
    selection.anchor.set(parent.getKey(), node.getIndexWithinParent() + 1, 'element');
  }
  selection.focus.set(selection.anchor.key, selection.anchor.offset, selection.anchor.type);
  return selection;
}
