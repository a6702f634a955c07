import { useEffect } from 'react';
import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isNodeSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  PASTE_COMMAND,
  type LexicalEditor,
  type PasteCommandType,
} from 'lexical';
import { $citationBesideCaret, $selectCitationUnit } from '../../citationCaret';
import { DRAFT_EDITOR_NAMESPACE } from '../../editorNodes';
import { $isCitationNode } from '../../nodes/CitationNode';

/** Lexical's own clipboard format: what another Precedent Desk draft copies, provenance included. */
const LEXICAL_CLIPBOARD_MIME = 'application/x-lexical-editor';

/**
 * How the keyboard and the clipboard meet a citation (README, "A precedent and its citation are
 * one unit"); the rule itself is kept by the citation-unit transform whatever these do.
 * - Deleting backwards right after a citation, or deleting a citation picked with a click, first
 *   selects the piece and its citation, as Word does with a footnote reference; deleting again
 *   removes both (undo brings both back).
 * - Deleting forwards at the end of cited text deletes what follows the citation.
 * - Text pasted from elsewhere arrives as plain text: only a copy from a draft carries agreed
 *   language and citations.
 */
export function CitationUnitPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        ...[DELETE_CHARACTER_COMMAND, DELETE_WORD_COMMAND, DELETE_LINE_COMMAND].map((command) =>
          editor.registerCommand(command, $deleteAroundCitation, COMMAND_PRIORITY_HIGH),
        ),
        editor.registerCommand(PASTE_COMMAND, (event) => $pasteForeignAsPlainText(editor, event), COMMAND_PRIORITY_HIGH),
      ),
    [editor],
  );
  return null;
}

function $deleteAroundCitation(isBackward: boolean): boolean {
  const selection = $getSelection();
  if ($isNodeSelection(selection)) {
    const [picked, ...others] = selection.getNodes();
    return others.length === 0 && $isCitationNode(picked) && $selectCitationUnit(picked) !== null;
  }
  if (!$isRangeSelection(selection)) return false;
  if (isBackward) {
    const citation = $citationBesideCaret(selection, 'before');
    return citation !== null && $selectCitationUnit(citation) !== null;
  }
  // Moved past the citation, the caret is left for Lexical's own forward deletion.
  $citationBesideCaret(selection, 'after')?.selectNext(0, 0);
  return false;
}

function $pasteForeignAsPlainText(editor: LexicalEditor, event: PasteCommandType): boolean {
  const transfer = 'clipboardData' in event ? event.clipboardData : 'dataTransfer' in event ? event.dataTransfer : null;
  if (!transfer || isFromDraft(transfer)) return false;
  const text = transfer.getData('text/plain');
  const selection = $getSelection();
  if (text === '' || selection === null) return false;
  event.preventDefault();
  const plain = new DataTransfer();
  plain.setData('text/plain', text);
  $insertDataTransferForRichText(plain, selection, editor);
  return true;
}

function isFromDraft(transfer: DataTransfer): boolean {
  try {
    const payload: unknown = JSON.parse(transfer.getData(LEXICAL_CLIPBOARD_MIME) || 'null');
    return typeof payload === 'object' && payload !== null && 'namespace' in payload && payload.namespace === DRAFT_EDITOR_NAMESPACE;
  } catch {
    return false;
  }
}
