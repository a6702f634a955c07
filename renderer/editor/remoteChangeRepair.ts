import { $getRoot, COLLABORATION_TAG, HISTORIC_TAG, type LexicalEditor } from 'lexical';
import { citationRuleBreaches } from '../../shared/draft/citationRule';
import { $normalizeCitationUnits } from './citationUnits';
import { $keepSectionTypable, $normalizeDraftRoot } from './draftStructure';
import { $normalizeParagraphLabels, $paragraphLabelsNeedNormalizing } from './negotiation/paragraphLabels';
import { $isDraftSectionNode } from './nodes/DraftSectionNode';
import { $projectDraftContent } from './projectDraftContent';
import { $keepFirstCopyOfSwitchedText, $precedentsSwitchedTwice } from './switchPrecedentLanguage';

/** Tags the repair's own update, so tests and listeners can tell it from a delegate's edit. */
export const REMOTE_CHANGE_REPAIR_TAG = 'draft-remote-change-repair';

/**
 * On a shared draft, changes from co-drafters (and the shared undo, which replays Yjs changes)
 * reach the editor with transforms skipped: each client keeps the rules for its own edits, in the
 * same update, so text and citation travel together. Two edits made at once can still meet in a
 * state that breaks a rule (two new paragraphs with one label, a piece and a citation pulled
 * apart). So after each such change the rules run again, as a local edit that is itself shared.
 * Every client runs them on the same merged state and the rules are deterministic, so they make
 * the same repair; a repair made twice at once (two citations for one piece) is undone by the
 * next pass, which keeps the first in the document's order on every client. On a state that keeps
 * the rules they change nothing, so nothing is sent.
 */
export function registerRemoteChangeRepair(editor: LexicalEditor): () => void {
  return editor.registerUpdateListener(({ tags }) => {
    if (!tags.has(COLLABORATION_TAG) && !tags.has(HISTORIC_TAG)) return;
    // Queued after this commit: an update started from a listener of a remote change is folded into
    // the binding's next remote update, which the binding never sends back, so the peers would not hear of it.
    queueMicrotask(() => {
      // Read first: most remote changes keep every rule, and an update that changes nothing is better not made.
      if (editor.getEditorState().read($draftNeedsRepair)) editor.update($repairDraft, { tag: REMOTE_CHANGE_REPAIR_TAG });
    });
  });
}

function $draftNeedsRepair(): boolean {
  const root = $getRoot();
  if (root.isEmpty()) return false;
  const sections = root.getChildren();
  const [preamble, operative] = sections;
  const structured =
    sections.length === 2 &&
    $isDraftSectionNode(preamble) &&
    preamble.getSection() === 'preamble' &&
    $isDraftSectionNode(operative) &&
    operative.getSection() === 'operative' &&
    !preamble.isEmpty() &&
    !operative.isEmpty();
  return (
    !structured ||
    citationRuleBreaches($projectDraftContent()).length > 0 ||
    $paragraphLabelsNeedNormalizing() ||
    $precedentsSwitchedTwice().length > 0
  );
}

export function $repairDraft(): void {
  const root = $getRoot();
  // A document still empty (a colleague's copy before the first sync) has nothing to repair yet.
  if (root.isEmpty()) return;
  $normalizeDraftRoot(root);
  $keepFirstCopyOfSwitchedText();
  for (const section of root.getChildren()) if ($isDraftSectionNode(section)) $keepSectionTypable(section);
  $normalizeCitationUnits();
  $normalizeParagraphLabels();
}
