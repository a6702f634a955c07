import { $getRoot, $isElementNode, $isLineBreakNode, $isTextNode, RootNode, type ElementNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { $createCitationNode, $isCitationNode } from './nodes/CitationNode';
import { $getMarks, $setMarks, sameMarks } from './negotiation/negotiationStates';
import { $createPrecedentNode, $isPrecedentNode, type PrecedentNode } from './nodes/PrecedentNode';

/**
 * The citation rule (README, "A precedent and its citation are one unit"), enforced here and
 * nowhere else. In every block:
 * - each piece of agreed language (a `precedent`) is followed by the citation of its source;
 * - every citation follows a piece of the paragraph it cites, so none stands alone or after the
 *   delegate's own words;
 * - agreed language holds only text and line breaks (whatever was pasted or dropped inside it
 *   is set beside it, keeping its own provenance);
 * - a piece with no words left is gone, and with it its citation;
 * - two pieces of one source that meet again (a split undone by Backspace) are one piece;
 * - a citation lies in the same proposals of the negotiating text as the piece it cites, and the
 *   text inside a piece in none of its own (proposals mark whole pieces).
 * Registered as a root transform, it runs at the end of every update that changed anything, so
 * Enter, Backspace, paste, drag, undo and an old file all end in a draft that keeps the rule.
 */
export function $normalizeCitationUnits(): void {
  $visitBlocks($getRoot());
}

export function registerCitationUnits(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(RootNode, $normalizeCitationUnits);
}

function $visitBlocks(element: ElementNode): void {
  for (const child of element.getChildren()) {
    if ($isElementNode(child) && !child.isInline()) $visitBlocks(child);
  }
  $normalizeBlock(element);
}

function $normalizeBlock(block: ElementNode): void {
  if (!block.getChildren().some((child) => $isPrecedentNode(child) || $isCitationNode(child))) return;
  $liftForeignContent(block);
  $dropWordlessPieces(block);
  $joinPiecesThatMeet(block);
  $pairCitations(block);
}

function $liftForeignContent(block: ElementNode): void {
  for (const piece of block.getChildren().filter($isPrecedentNode)) {
    let current: PrecedentNode = piece;
    for (const child of piece.getChildren()) {
      if ($isTextNode(child) || $isLineBreakNode(child)) {
        $setMarks(child, []);
        if (current !== piece) current.append(child);
        continue;
      }
      // What follows the foreign node goes into a new piece of the same source.
      const rest = $createPieceOf(piece);
      current.insertAfter(child);
      child.insertAfter(rest);
      current = rest;
    }
  }
  // A precedent lifted out of another may hold foreign content of its own.
  if (block.getChildren().some((child) => $isPrecedentNode(child) && child.getChildren().some(isForeign))) $liftForeignContent(block);
}

function isForeign(node: LexicalNode): boolean {
  return !$isTextNode(node) && !$isLineBreakNode(node);
}

function $createPieceOf(piece: PrecedentNode): PrecedentNode {
  const rest = $createPrecedentNode(piece.getSource(), '');
  $setMarks(rest, $getMarks(piece));
  return rest;
}

/** Spaces or line breaks left of a piece are the delegate's text now; the piece and its citation go. */
function $dropWordlessPieces(block: ElementNode): void {
  for (const piece of block.getChildren().filter($isPrecedentNode)) {
    if (piece.getTextContent().trim() !== '') continue;
    for (const child of piece.getChildren()) piece.insertBefore(child);
    piece.remove();
  }
}

function $joinPiecesThatMeet(block: ElementNode): void {
  let node = block.getFirstChild();
  while (node) {
    if ($isPrecedentNode(node)) {
      const between = node.getNextSibling();
      const next = $isCitationNode(between) ? between.getNextSibling() : between;
      if ($isPrecedentNode(next) && continuesPiece(node, next)) {
        node.append(...next.getChildren());
        next.remove();
        if (between !== next) between?.remove();
        continue;
      }
    }
    node = node.getNextSibling();
  }
}

/** The same source, and together they say a stretch of it: not the same precedent quoted twice. */
function continuesPiece(piece: PrecedentNode, next: PrecedentNode): boolean {
  const a = piece.getSource();
  const b = next.getSource();
  return (
    a.paragraphId === b.paragraphId &&
    a.lang === b.lang &&
    a.sourceText === b.sourceText &&
    sameMarks($getMarks(piece), $getMarks(next)) &&
    a.sourceText.includes(piece.getTextContent() + next.getTextContent())
  );
}

function $pairCitations(block: ElementNode): void {
  for (const citation of block.getChildren().filter($isCitationNode)) {
    const before = citation.getPreviousSibling();
    if (!$isPrecedentNode(before) || before.getSource().paragraphId !== citation.getParagraphId()) citation.remove();
  }
  for (const piece of block.getChildren().filter($isPrecedentNode)) {
    const { paragraphId } = piece.getSource();
    let after = piece.getNextSibling();
    if (!$isCitationNode(after) || after.getParagraphId() !== paragraphId) {
      after = $createCitationNode(paragraphId);
      piece.insertAfter(after);
    }
    $setMarks(after, $getMarks(piece));
  }
}
