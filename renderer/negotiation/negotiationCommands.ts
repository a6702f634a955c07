import { $getNodeByKey, $getSelection, $isParagraphNode, $isRangeSelection, SKIP_DOM_SELECTION_TAG, type LexicalEditor, type NodeKey } from 'lexical';
import type { NegotiationSetup, ParagraphStatusValue } from '../../shared/negotiation/model';
import { $getParagraphNegotiation, $setParagraphNegotiation, $updateNegotiationSetup } from '../editor/negotiation/negotiationStates';
import { $renumberParagraphs } from '../editor/negotiation/paragraphLabels';
import {
  $proposeAlternative,
  $proposeOnSelection,
  $proposeParagraphAlternative,
  $setParagraphStatus,
  $settleParagraphAlternative,
  $settleProposal,
  type Settlement,
} from '../editor/negotiation/proposals';
import type { ShortcutAction } from './negotiationShortcuts';

/** Runs a toolbar or keyboard command at the selection; false when there was nothing to apply it to. */
export function proposeAtSelection(editor: LexicalEditor, action: ShortcutAction, sponsors: readonly string[]): boolean {
  let done = false;
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    switch (action) {
      case 'bracket':
      case 'deletion':
      case 'insertion':
        done = $proposeOnSelection(selection, action, sponsors) !== null;
        return;
      case 'alternative':
        done = $proposeAlternative(selection, sponsors) !== null;
        return;
      case 'paragraphAlternative':
        done = $proposeParagraphAlternative(selection, sponsors) !== null;
    }
  });
  return done;
}

export function settleProposal(editor: LexicalEditor, id: string, outcome: Settlement): void {
  editor.update(() => $settleProposal(id, outcome));
}

export function settleParagraphAlternative(editor: LexicalEditor, key: NodeKey, outcome: Settlement): void {
  editor.update(() => {
    const block = $getNodeByKey(key);
    if ($isParagraphNode(block)) $settleParagraphAlternative(block, outcome);
  });
}

/** `null` clears the status. The date is the delegate's own calendar day. */
export function setParagraphStatus(editor: LexicalEditor, key: NodeKey, value: ParagraphStatusValue | null): void {
  editor.update(() => {
    const block = $getNodeByKey(key);
    if (!$isParagraphNode(block)) return;
    if (value) {
      $setParagraphStatus(block, value, localDate(new Date()));
    } else {
      const { status: _status, ...rest } = $getParagraphNegotiation(block);
      $setParagraphNegotiation(block, rest);
    }
  });
}

/** The note on a proposal ("to be discussed after consultations"); an empty note removes it. */
export function setProposalNote(editor: LexicalEditor, id: string, note: string): void {
  updateSetupFromOutside(editor, (setup) => {
    const mark = setup.marks[id];
    if (!mark) return setup;
    const { note: _old, ...rest } = mark;
    return { ...setup, marks: { ...setup.marks, [id]: note.trim() ? { ...rest, note: note.trim() } : rest } };
  });
}

/**
 * Changes the draft's setup from a field outside the text (a note, the delegations, a position).
 * The editor's selection is left where it is in the page: taking the focus back into the text
 * would send the rest of the key press (Enter) into the draft.
 */
export function updateSetupFromOutside(editor: LexicalEditor, change: (setup: NegotiationSetup) => NegotiationSetup): void {
  editor.update(() => $updateNegotiationSetup(change), { tag: SKIP_DOM_SELECTION_TAG });
}

export function renumberParagraphs(editor: LexicalEditor): void {
  editor.update($renumberParagraphs);
}

/** YYYY-MM-DD of the local day (toISOString gives the UTC one, a day off late in the evening east of Greenwich). */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
