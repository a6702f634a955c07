import {
  $findMatchingParent,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { $isCitationNode } from '../nodes/CitationNode';
import { $createPrecedentNode, $isPrecedentNode, type PrecedentNode } from '../nodes/PrecedentNode';
import { $getMarks, $setMarks } from './negotiationStates';

/**
 * The pieces of a paragraph a proposal marks: text, line breaks, citations and whole pieces of
 * agreed language (their text carries no marks of its own). A selection that cuts through agreed
 * language splits it, so the part selected is a piece of its own (the citation rule gives each
 * piece its citation, and the pieces stay apart while their proposals differ).
 */
export function $selectedUnits(selection: RangeSelection): LexicalNode[] {
  if (selection.isCollapsed()) {
    const block = $blockOf(selection.anchor.getNode());
    return block ? block.getChildren().filter(isUnit) : [];
  }
  const nodes = selection.extract();
  const picked = new Set(nodes.map((node) => node.getKey()));
  const units: LexicalNode[] = [];
  const pieces = new Set<string>();
  for (const node of nodes) {
    const parent = node.getParent();
    if ($isPrecedentNode(parent)) {
      if (pieces.has(parent.getKey())) continue;
      pieces.add(parent.getKey());
      units.push($cutPiece(parent, picked));
    } else if ($isPrecedentNode(node)) {
      if (pieces.has(node.getKey())) continue;
      pieces.add(node.getKey());
      units.push(node.getChildren().some((child) => picked.has(child.getKey())) ? $cutPiece(node, picked) : node);
    } else if (isUnit(node) && $blockOf(node) === node.getParent()) {
      units.push(node);
    }
  }
  return units.filter((unit) => $isPrecedentNode(unit) || unit.getTextContent() !== '' || $isCitationNode(unit) || $isLineBreakNode(unit));
}

/** The block (paragraph, heading, list item) a node lies in. */
export function $blockOf(node: LexicalNode): ElementNode | null {
  const block = $findMatchingParent(node, (candidate) => $isElementNode(candidate) && !candidate.isInline());
  return $isElementNode(block) ? block : null;
}

function isUnit(node: LexicalNode): boolean {
  return $isTextNode(node) || $isLineBreakNode(node) || $isCitationNode(node) || $isPrecedentNode(node);
}

/** Leaves in `piece` only its picked children; what comes before and after becomes pieces of the same source. */
function $cutPiece(piece: PrecedentNode, picked: ReadonlySet<string>): PrecedentNode {
  const children = piece.getChildren();
  const first = children.findIndex((child) => picked.has(child.getKey()));
  const last = children.findLastIndex((child) => picked.has(child.getKey()));
  if (first < 0) return piece;
  const before = children.slice(0, first);
  const after = children.slice(last + 1);
  if (before.length > 0) piece.insertBefore($pieceLike(piece).append(...before));
  if (after.length > 0) piece.insertAfter($pieceLike(piece).append(...after));
  return piece;
}

function $pieceLike(piece: PrecedentNode): PrecedentNode {
  const sibling = $createPrecedentNode(piece.getSource(), '');
  $setMarks(sibling, $getMarks(piece));
  return sibling;
}

/** Adds `id` to the units' marks, inside the proposals they all share and around the ones they do not. */
export function $addMark(units: readonly LexicalNode[], id: string): void {
  const shared = sharedPrefix(units.map($getMarks));
  for (const unit of units) {
    const marks = $getMarks(unit);
    $setMarks(unit, [...marks.slice(0, shared), id, ...marks.slice(shared)]);
  }
}

function sharedPrefix(lists: readonly (readonly string[])[]): number {
  const [first = [], ...rest] = lists;
  let length = 0;
  while (length < first.length && rest.every((list) => list[length] === first[length])) length += 1;
  return length;
}

/** Every node of the draft that lies in the proposal `id`. */
export function $unitsMarked(root: ElementNode, id: string): LexicalNode[] {
  const found: LexicalNode[] = [];
  const visit = (element: ElementNode) => {
    for (const child of element.getChildren()) {
      if ($getMarks(child).includes(id)) found.push(child);
      else if ($isElementNode(child) && !$isPrecedentNode(child)) visit(child);
    }
  };
  visit(root);
  return found;
}
