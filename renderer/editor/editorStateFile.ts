import { $getRoot, createEditor, type LexicalEditor, type SerializedEditorState } from 'lexical';
import type { DraftContent } from '../../shared/draft/model';
import { $initDraftStructure, registerDraftStructure } from './draftStructure';
import { DRAFT_EDITOR_NAMESPACE, editorNodes } from './editorNodes';
import { $projectDraftContent } from './projectDraftContent';

/** A draft editor without a page, to build and check editor states away from the screen (and in tests). */
export function createHeadlessDraftEditor(): LexicalEditor {
  const editor = createEditor({
    namespace: DRAFT_EDITOR_NAMESPACE,
    nodes: [...editorNodes],
    onError: (error) => {
      throw error;
    },
  });
  registerDraftStructure(editor);
  return editor;
}

/** The editor state of a new, empty draft. */
export function emptyEditorState(): SerializedEditorState {
  const editor = createHeadlessDraftEditor();
  editor.update($initDraftStructure, { discrete: true });
  return editor.getEditorState().toJSON();
}

/**
 * Reads a saved editor state the way the editor will, so a draft the editor cannot show is reported
 * (and its file left alone) before anything could save over it. Returns it in the draft structure
 * (an older or hand-made file may lack it), with its content.
 */
export function readEditorState(saved: unknown): { serialized: string; content: DraftContent } {
  const editor = createHeadlessDraftEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(saved)));
  // Dirtying the root runs the structure transforms once.
  editor.update(() => $getRoot().markDirty(), { discrete: true });
  const state = editor.getEditorState();
  return { serialized: JSON.stringify(state.toJSON()), content: state.read($projectDraftContent) };
}
