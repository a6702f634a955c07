import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, type LexicalEditor, type RangeSelection } from 'lexical';

/** What the precedent check needs of the open draft's editor. */
export interface DraftEditorHandle {
  editor: LexicalEditor;
  /** The draft's last caret or selection: a click in the check panel leaves the draft without one. */
  lastSelection(): RangeSelection | null;
}

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
    onEditor({ editor, lastSelection: () => last });
    return () => {
      unregister();
      onEditor(null);
    };
  }, [editor, onEditor]);
  return null;
}
