import { $dfs } from '@lexical/utils';
import type { LexicalEditor, RangeSelection } from 'lexical';
import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { DraftContent } from '../../../shared/draft/model';
import { $initDraftStructure } from '../draftStructure';
import { createHeadlessDraftEditor } from '../editorStateFile';
import { $insertPrecedents } from '../insertPrecedents';
import { $isPrecedentNode, type PrecedentNode } from '../nodes/PrecedentNode';
import { $projectDraftContent } from '../projectDraftContent';
import { resolvePrecedents } from '../resolvePrecedents';

/** Runs `fn` in one discrete update (committed before returning) and returns its result. */
export function update<T>(editor: LexicalEditor, fn: () => T): T {
  let result: T | undefined;
  editor.update(() => {
    result = fn();
  }, { discrete: true });
  return result as T;
}

/** A new draft (empty preamble, one empty operative paragraph), then `build`, in the same update. */
export function draftEditor(build: () => void = () => undefined): LexicalEditor {
  const editor = createHeadlessDraftEditor();
  update(editor, () => {
    $initDraftStructure();
    build();
  });
  return editor;
}

export function contentOf(editor: LexicalEditor): DraftContent {
  return editor.getEditorState().read($projectDraftContent);
}

/** Inserts the French text of `ids` as the drop and keyboard commands do, at `caret` or at the end. */
export function $quote(index: CorpusIndex, ids: readonly string[], caret: RangeSelection | null = null): void {
  $insertPrecedents(resolvePrecedents(index, ids, 'fr').sources, caret);
}

export function $precedentNodes(): PrecedentNode[] {
  return $dfs().map(({ node }) => node).filter($isPrecedentNode);
}
