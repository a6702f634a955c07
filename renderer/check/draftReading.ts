import { $getNodeByKey, type LexicalEditor, type RangeSelection } from 'lexical';
import type { Lang } from '../../shared/corpus/model';
import { $blockKeyOf, $readDraftBlocks, type DraftBlock } from '../editor/plugins/LiveCheckPlugin/draftBlocks';
import { parseLang } from '../i18n/interfaceLanguage';

/** The draft's paragraphs (headings aside), as the check reads them. */
export function readCheckedBlocks(editor: LexicalEditor): DraftBlock[] {
  return editor.getEditorState().read($readDraftBlocks).filter((block) => !block.heading);
}

/** The paragraph of the draft's `selection`; null when it is in none (or in a heading). */
export function blockAtCaret(editor: LexicalEditor, selection: RangeSelection | null): DraftBlock | null {
  if (!selection) return null;
  return editor.getEditorState().read(() => {
    const node = $getNodeByKey(selection.anchor.key);
    const key = node ? $blockKeyOf(node) : null;
    return $readDraftBlocks().find((block) => block.key === key && !block.heading) ?? null;
  });
}

/** The words of the draft's `selection`, '' when it is a caret or no longer exists. */
export function selectedDraftText(editor: LexicalEditor, selection: RangeSelection | null): string {
  if (!selection || selection.isCollapsed()) return '';
  return editor.getEditorState().read(() => {
    const attached = [selection.anchor, selection.focus].every((point) => $getNodeByKey(point.key)?.isAttached());
    return attached ? selection.getTextContent().trim() : '';
  });
}

/** The draft's language, as its editor declares it to the browser's spelling and screen readers. */
export function draftLanguage(editor: LexicalEditor): Lang {
  return parseLang(editor.getRootElement()?.lang) ?? 'fr';
}
