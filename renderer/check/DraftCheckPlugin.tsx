import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, SKIP_DOM_SELECTION_TAG, type LexicalEditor, type RangeSelection } from 'lexical';
import { $projectDraftContent } from '../editor/projectDraftContent';
import type { DraftEditorHandle } from './DraftEditorHandle';
import { $citeBlockAs, $replaceBlockWithPrecedent } from './draftEdits';
import { blockAtCaret, draftLanguage, readCheckedBlocks, selectedDraftText } from './draftReading';

/** Mounted inside the draft's editor: tells the check which editor holds the draft, and none once it closes. */
export function DraftCheckPlugin({ onEditor }: { onEditor: (handle: DraftEditorHandle | null) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let last: RangeSelection | null = null;
    const unregister = editor.registerUpdateListener(({ editorState }) => {
      editorState.read(() => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) last = selection.clone();
      });
    });
    onEditor(draftEditorHandle(editor, () => last));
    return () => {
      unregister();
      onEditor(null);
    };
  }, [editor, onEditor]);
  return null;
}

function draftEditorHandle(editor: LexicalEditor, lastSelection: () => RangeSelection | null): DraftEditorHandle {
  // The check panel keeps the focus: its edits leave the draft's DOM selection alone.
  const edit = ($edit: () => boolean): boolean => {
    let edited = false;
    editor.update(() => void (edited = $edit()), { discrete: true, tag: SKIP_DOM_SELECTION_TAG });
    return edited;
  };
  return {
    lang: () => draftLanguage(editor),
    checkedBlocks: () => readCheckedBlocks(editor),
    blockAtCaret: () => blockAtCaret(editor, lastSelection()),
    selectedText: () => selectedDraftText(editor, lastSelection()),
    content: () => editor.getEditorState().read($projectDraftContent),
    holdsFocus: () => editor.getRootElement()?.contains(document.activeElement) ?? false,
    citeBlockAs: (blockKey, source) => edit(() => $citeBlockAs(blockKey, source)),
    replaceBlockWithPrecedent: (blockKey, source) => edit(() => $replaceBlockWithPrecedent(blockKey, source)),
  };
}
