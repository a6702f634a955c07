import { $getSelection, $isRangeSelection, $isTextNode, COMMAND_PRIORITY_HIGH, CONTROLLED_TEXT_INSERTION_COMMAND, type LexicalEditor, type RangeSelection } from 'lexical';
import { $getMarks, $setMarks } from './negotiationStates';

/**
 * Typing over selected words: Lexical removes text nodes the selection covers whole, and with them
 * the proposals they lay in. Words typed over a proposal's words are the new wording of that
 * proposal, as in Word, so they get its marks back.
 */
export function $insertTextKeepingProposals(selection: RangeSelection, text: string): void {
  const first = selection.isBackward() ? selection.focus : selection.anchor;
  const node = first.getNode();
  const marks = $isTextNode(node) ? $getMarks(node) : [];
  selection.insertText(text);
  const typed = $getSelection();
  if (marks.length === 0 || !$isRangeSelection(typed)) return;
  const landed = typed.anchor.getNode();
  if ($isTextNode(landed) && $getMarks(landed).length === 0) $setMarks(landed, marks);
}

export function registerOvertyping(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    CONTROLLED_TEXT_INSERTION_COMMAND,
    (payload) => {
      const selection = $getSelection();
      if (typeof payload !== 'string' || !$isRangeSelection(selection) || selection.isCollapsed()) return false;
      $insertTextKeepingProposals(selection, payload);
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}
