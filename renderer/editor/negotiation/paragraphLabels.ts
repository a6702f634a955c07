import { $getRoot, $isParagraphNode, RootNode, type LexicalEditor, type ParagraphNode } from 'lexical';
import { assignLabels } from '../../../shared/negotiation/labels';
import type { ParagraphLabel } from '../../../shared/negotiation/model';
import { $isDraftSectionNode } from '../nodes/DraftSectionNode';
import { $getParagraphNegotiation, $setParagraphNegotiation } from './negotiationStates';

/** Body paragraphs of each part carry labels (headings and list items do not), in order. */
function $labelledBlocks(): ParagraphNode[][] {
  return $getRoot()
    .getChildren()
    .filter($isDraftSectionNode)
    .map((section) => section.getChildren().filter($isParagraphNode));
}

/**
 * Root transform: every paragraph has a label, none twice (shared/negotiation/labels.ts). A new or
 * split paragraph gets one, a pasted copy a fresh one (and is no longer an alternative of the
 * paragraph it was copied from); no other label ever changes.
 */
export function $normalizeParagraphLabels(): void {
  for (const blocks of $labelledBlocks()) {
    const current = blocks.map($getParagraphNegotiation);
    const labels = assignLabels(current.map((n) => ({ label: n.label, alternativeIndex: n.alternative?.index })));
    blocks.forEach((block, i) => {
      const negotiation = current[i]!;
      const label = labels[i]!;
      if (negotiation.label && sameLabel(negotiation.label, label)) return;
      const { alternative: _alternative, ...rest } = negotiation;
      $setParagraphNegotiation(block, { ...(negotiation.label ? rest : negotiation), label });
    });
  }
}

/** Numbers every paragraph afresh, 1, 2, 3, ...: before negotiation starts, or to tidy a text. */
export function $renumberParagraphs(): void {
  for (const blocks of $labelledBlocks()) {
    let number = 0;
    for (const block of blocks) {
      const negotiation = $getParagraphNegotiation(block);
      // Alternatives after the first share the number of the paragraph they replace.
      if ((negotiation.alternative?.index ?? 1) === 1 || number === 0) number += 1;
      $setParagraphNegotiation(block, { ...negotiation, label: { number, addendum: 0 } });
    }
  }
}

function sameLabel(a: ParagraphLabel, b: ParagraphLabel): boolean {
  return a.number === b.number && a.addendum === b.addendum;
}

export function registerParagraphLabels(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(RootNode, $normalizeParagraphLabels);
}
