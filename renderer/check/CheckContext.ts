import { createContext, useContext } from 'react';
import type { NodeKey } from 'lexical';
import type { ParagraphCheck } from '../../shared/check/model';
import type { CheckedSection } from '../../shared/export/draftCheckReport';
import type { DraftEditorHandle } from './DraftEditorHandle';

export interface CheckedItem {
  id: string;
  check: ParagraphCheck;
  /** The draft paragraph it was read from, to act on it; null for pasted text. */
  blockKey: NodeKey | null;
  /** Where it sits in the draft, for the whole-draft report. */
  place: { section: CheckedSection; position: number; label?: string } | null;
}

export interface CheckResults {
  source: 'text' | 'paragraph' | 'draft';
  items: CheckedItem[];
}

/** What the draft pane and the header ask of the precedent check. */
export interface CheckControls {
  /** Opens the "Check text" panel with the focus in its text box. */
  openPanel(): void;
  checkParagraphAtCaret(): void;
  checkDraft(): void;
  /** "How established is this phrase" for the words selected in the draft. */
  lookUpDraftSelection(): void;
  setDraftEditor(handle: DraftEditorHandle | null): void;
}

/** What a result offers: it acts on the draft or on the precedent browser. */
export interface MatchActions {
  /** Only for a paragraph read from the draft: its words become agreed language of that source, cited. */
  citeParagraph(item: CheckedItem, paragraphId: string): void;
  /** Only for a paragraph read from the draft. */
  replaceParagraph(item: CheckedItem, paragraphId: string): void;
  insertAgreedText(paragraphId: string): void;
  /** Null when no precedent browser is there to open it in. */
  openPrecedent: ((paragraphId: string) => void) | null;
  lookUpPhrase(phrase: string): void;
}

export const CheckControlsContext = createContext<CheckControls | null>(null);
export const MatchActionsContext = createContext<MatchActions | null>(null);

export function useCheckControls(): CheckControls {
  const controls = useContext(CheckControlsContext);
  if (!controls) throw new Error('useCheckControls needs <CheckProvider> above it (see renderer/App.tsx).');
  return controls;
}

export function useMatchActions(): MatchActions {
  const actions = useContext(MatchActionsContext);
  if (!actions) throw new Error('useMatchActions needs <CheckProvider> above it.');
  return actions;
}
