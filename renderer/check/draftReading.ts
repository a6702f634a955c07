import { $getNodeByKey, type LexicalEditor } from 'lexical';
import type { Lang } from '../../shared/corpus/model';
import { $blockKeyOf, $readDraftBlocks, type DraftBlock } from '../editor/plugins/LiveCheckPlugin/draftBlocks';
import { parseLang } from '../i18n/interfaceLanguage';
import type { DraftEditorHandle } from './DraftCheckPlugin';

/** The draft's paragraphs (headings aside), as the check reads them. */
export function readCheckedBlocks(handle: DraftEditorHandle): DraftBlock[] {
  return handle.editor.getEditorState().read($readDraftBlocks).filter((block) => !block.heading);
}

/** The paragraph the draft's caret was last in; null when it was in none (or in a heading). */
export function blockAtCaret(handle: DraftEditorHandle): DraftBlock | null {
  const selection = handle.lastSelection();
  if (!selection) return null;
  return handle.editor.getEditorState().read(() => {
    const node = $getNodeByKey(selection.anchor.key);
    const key = node ? $blockKeyOf(node) : null;
    return $readDraftBlocks().find((block) => block.key === key && !block.heading) ?? null;
  });
}

/** The words selected in the draft, '' when the selection is a caret or no longer exists. */
export function selectedDraftText(handle: DraftEditorHandle): string {
  const selection = handle.lastSelection();
  if (!selection || selection.isCollapsed()) return '';
  return handle.editor.getEditorState().read(() => {
    const attached = [selection.anchor, selection.focus].every((point) => $getNodeByKey(point.key)?.isAttached());
    return attached ? selection.getTextContent().trim() : '';
  });
}

/** The draft's language, as its editor declares it to the browser's spelling and screen readers. */
export function draftLanguage(editor: LexicalEditor): Lang {
  return parseLang(editor.getRootElement()?.lang) ?? 'fr';
}
