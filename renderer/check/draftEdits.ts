import { $isListNode } from '@lexical/list';
import { $findMatchingParent } from '@lexical/utils';
import { $getNodeByKey, $isElementNode, $isTextNode, $setSelection, type ElementNode, type NodeKey, type PointType, type RangeSelection } from 'lexical';
import { $getDraftSection } from '../editor/draftStructure';
import { $createCitationNode, $isCitationNode } from '../editor/nodes/CitationNode';
import { $createPrecedentNode, $isPrecedentNode, type PrecedentSource } from '../editor/nodes/PrecedentNode';

function $attachedBlock(key: NodeKey): ElementNode | null {
  const node = $getNodeByKey(key);
  return $isElementNode(node) && node.isAttached() ? node : null;
}

/** Children that hold the block's own text: a list item's nested list is another block. */
function textChildCount(block: ElementNode): number {
  return block.getChildren().filter((child) => !$isListNode(child)).length;
}

/**
 * Replaces a draft paragraph's words with agreed language and its citation (undo brings the
 * delegate's words back). False when the paragraph is gone from the draft.
 */
export function $replaceBlockWithPrecedent(blockKey: NodeKey, source: PrecedentSource): boolean {
  const block = $attachedBlock(blockKey);
  if (!block) return false;
  for (const child of block.getChildren()) if (!$isListNode(child)) child.remove();
  const citation = $createCitationNode(source.paragraphId);
  block.splice(0, 0, [$createPrecedentNode(source), citation]);
  citation.selectNext(0, 0);
  return true;
}

/** Adds a citation at the end of a draft paragraph's text. False when the paragraph is gone. */
export function $appendCitation(blockKey: NodeKey, paragraphId: string): boolean {
  const block = $attachedBlock(blockKey);
  if (!block) return false;
  const citation = $createCitationNode(paragraphId);
  block.splice(textChildCount(block), 0, [citation]);
  citation.selectNext(0, 0);
  return true;
}

/** A caret kept from an earlier update may point at nodes edited away since. */
function $isUsablePoint(point: PointType): boolean {
  const node = $getNodeByKey(point.key);
  if (!node?.isAttached()) return false;
  if (point.type === 'text') return $isTextNode(node) && point.offset <= node.getTextContentSize();
  return $isElementNode(node) && point.offset <= node.getChildrenSize();
}

/**
 * Puts a citation at the draft's last caret, or at the end of the operative part when it has
 * none. A caret inside agreed language moves past it and its citation: a citation never splits
 * the text it does not belong to.
 */
export function $insertCitationAtCaret(caret: RangeSelection | null, paragraphId: string): void {
  const citation = $createCitationNode(paragraphId);
  if (caret && $isUsablePoint(caret.anchor) && $isUsablePoint(caret.focus)) {
    const precedent = $findMatchingParent(caret.anchor.getNode(), $isPrecedentNode);
    if (precedent) {
      const next = precedent.getNextSibling();
      ($isCitationNode(next) ? next : precedent).insertAfter(citation);
    } else {
      $setSelection(caret);
      caret.insertNodes([citation]);
    }
  } else {
    const last = $getDraftSection('operative').getLastChild();
    if (!$isElementNode(last)) return;
    last.splice(textChildCount(last), 0, [citation]);
  }
  citation.selectNext(0, 0);
}
