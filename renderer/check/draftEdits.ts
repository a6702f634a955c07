import { $isListNode } from '@lexical/list';
import { $getNodeByKey, $isElementNode, type ElementNode, type NodeKey } from 'lexical';
import { $createCitationNode } from '../editor/nodes/CitationNode';
import { $createPrecedentNode, type PrecedentSource } from '../editor/nodes/PrecedentNode';

function $attachedBlock(key: NodeKey): ElementNode | null {
  const node = $getNodeByKey(key);
  return $isElementNode(node) && node.isAttached() ? node : null;
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

/**
 * Cites `source` for a draft paragraph whose words the check recognised (typed, or pasted from
 * elsewhere): the words become agreed language of that source as they stand (flagged as modified
 * where they differ from it), followed by its citation, so the citation stands on the text it
 * cites. Undo gives the plain words back. False when the paragraph is gone from the draft.
 */
export function $citeBlockAs(blockKey: NodeKey, source: PrecedentSource): boolean {
  const block = $attachedBlock(blockKey);
  if (!block) return false;
  const words = block.getChildren().filter((child) => !$isListNode(child));
  const piece = $createPrecedentNode(source, '');
  const citation = $createCitationNode(source.paragraphId);
  block.splice(0, 0, [piece, citation]);
  // Agreed language already in the paragraph is set beside the new piece by the citation rule.
  piece.append(...words);
  citation.selectNext(0, 0);
  return true;
}
