import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, type NodeKey } from 'lexical';
import { emptyNegotiationSetup, type Delegation, type NegotiationMark, type NegotiationSetup, type ParagraphNegotiation } from '../../shared/negotiation/model';
import { $getMarks, $getNegotiationSetup, $getParagraphNegotiation } from '../editor/negotiation/negotiationStates';
import { $labelledParagraphOf } from '../editor/negotiation/proposals';
import { $isPrecedentNode } from '../editor/nodes/PrecedentNode';
import { $isDraftSectionNode } from '../editor/nodes/DraftSectionNode';

export interface NegotiationCaret {
  setup: NegotiationSetup;
  /** The labelled paragraph the caret is in. */
  paragraph: { key: NodeKey; section: 'preamble' | 'operative'; negotiation: ParagraphNegotiation } | null;
  /** The proposals around the caret, outermost first. */
  proposals: { id: string; mark: NegotiationMark }[];
}

const NOWHERE: NegotiationCaret = { setup: emptyNegotiationSetup(), paragraph: null, proposals: [] };

/** What the negotiation toolbar shows: the paragraph and proposals where the caret is, and the draft's delegations. */
export function useNegotiationCaret(): NegotiationCaret {
  const [editor] = useLexicalComposerContext();
  const [caret, setCaret] = useState<NegotiationCaret>(NOWHERE);
  useEffect(() => {
    const read = () => setCaret(editor.getEditorState().read($readCaret));
    read();
    return editor.registerUpdateListener(read);
  }, [editor]);
  return caret;
}

function $readCaret(): NegotiationCaret {
  const setup = $getNegotiationSetup();
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { ...NOWHERE, setup };
  const node = selection.anchor.getNode();
  const block = $labelledParagraphOf(node);
  const section = block?.getParent();
  const holder = $isPrecedentNode(node.getParent()) ? node.getParent()! : node;
  return {
    setup,
    paragraph: block && $isDraftSectionNode(section) ? { key: block.getKey(), section: section.getSection(), negotiation: $getParagraphNegotiation(block) } : null,
    proposals: $getMarks(holder).flatMap((id) => (setup.marks[id] ? [{ id, mark: setup.marks[id] }] : [])),
  };
}

export function sponsorNames(ids: readonly string[], delegations: readonly Delegation[]): string {
  return ids.map((id) => delegations.find((delegation) => delegation.id === id)?.label ?? id).join(', ');
}
