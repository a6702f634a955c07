import { $isElementNode, $isTextNode, type LexicalNode, type PointType, type RangeSelection } from 'lexical';
import { $isCitationNode, type CitationNode } from './nodes/CitationNode';
import { $isPrecedentNode } from './nodes/PrecedentNode';

type Side = 'before' | 'after';

/**
 * The citation right beside a collapsed caret, in the same block: `before` the caret when it
 * follows a citation, `after` it when the caret ends the cited text. The caret may sit in the text
 * of a piece of agreed language, at its edge: the citation is then its neighbour.
 */
export function $citationBesideCaret(selection: RangeSelection, side: Side): CitationNode | null {
  if (!selection.isCollapsed()) return null;
  const neighbour = $neighbourOf(selection.anchor, side);
  return $isCitationNode(neighbour) ? neighbour : null;
}

function $neighbourOf(point: PointType, side: Side): LexicalNode | null {
  const node = point.getNode();
  if ($isTextNode(node)) {
    const atEdge = side === 'before' ? point.offset === 0 : point.offset === node.getTextContentSize();
    return atEdge ? $siblingLeavingInlines(node, side) : null;
  }
  if (!$isElementNode(node)) return null;
  const child = node.getChildAtIndex(side === 'before' ? point.offset - 1 : point.offset);
  if (child) return child;
  return node.isInline() ? $siblingLeavingInlines(node, side) : null;
}

/** The sibling on that side, climbing out of inline elements (a piece of agreed language) at their edge. */
function $siblingLeavingInlines(node: LexicalNode, side: Side): LexicalNode | null {
  let current: LexicalNode = node;
  for (;;) {
    const sibling = side === 'before' ? current.getPreviousSibling() : current.getNextSibling();
    if (sibling) return sibling;
    const parent = current.getParent();
    if (!$isElementNode(parent) || !parent.isInline()) return null;
    current = parent;
  }
}

/**
 * Selects the piece of agreed language and its citation, from after the citation back to the start
 * of the piece, as Word selects a footnote reference before deleting it.
 */
export function $selectCitationUnit(citation: CitationNode): RangeSelection | null {
  const piece = citation.getPreviousSibling();
  if (!$isPrecedentNode(piece)) return null;
  const selection = piece.selectStart();
  selection.focus.set(selection.anchor.key, selection.anchor.offset, selection.anchor.type);
  const block = citation.getParentOrThrow();
  selection.anchor.set(block.getKey(), citation.getIndexWithinParent() + 1, 'element');
  return selection;
}
