import { $createListItemNode, $isListItemNode } from '@lexical/list';
import { $isAtEndOfNode, $isAtStartOfNode } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $findMatchingParent,
  $getNodeByKey,
  $isElementNode,
  $isParagraphNode,
  $isRootNode,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical';
import { $getDraftSection } from './draftStructure';
import { $createCitationNode, $isCitationNode, type CitationNode } from './nodes/CitationNode';
import { $isDraftSectionNode } from './nodes/DraftSectionNode';
import { $createPrecedentNode, $isPrecedentNode, type PrecedentSource } from './nodes/PrecedentNode';

/**
 * Inserts precedents, each followed by its citation, where `at` points (a drop position or the
 * caret), or at the end of the operative part when there is no usable position:
 * - in an empty paragraph: the precedent fills it (the others follow as new paragraphs);
 * - at the start or the end of a paragraph, or between paragraphs: as new paragraphs there;
 * - inside a paragraph: inline at that point, one after the other.
 * The caret ends after the last citation, so the next insertion follows the last one.
 */
export function $insertPrecedents(sources: readonly PrecedentSource[], at: RangeSelection | null): void {
  if (sources.length === 0) return;
  const selection = at && $isUsableSelection(at) ? at : $endOfOperativePart();
  $setSelection(selection);
  if (!selection.isCollapsed()) selection.removeText();
  const target = $moveOutOfPrecedent(selection);
  const point = target.anchor;
  const node = point.getNode();

  if ($isRootNode(node) || $isDraftSectionNode(node)) {
    const section = $isDraftSectionNode(node) ? node : $getDraftSection(point.offset === 0 ? 'preamble' : 'operative');
    const offset = $isDraftSectionNode(node) ? point.offset : point.offset <= 1 ? 0 : section.getChildrenSize();
    const next = section.getChildAtIndex(offset);
    const neighbour = next ?? $lastChildOf(section);
    if ($isElementNode(neighbour) && $isBlank(neighbour)) $fillBlank(sources, neighbour);
    else $insertAsParagraphs(sources, neighbour, next ? 'before' : 'after');
    return;
  }

  const block = $findMatchingParent(node, (candidate) => $isElementNode(candidate) && !candidate.isInline());
  if (!$isElementNode(block)) throw new Error('A caret inside the draft always has a block around it.');
  if ($isBlank(block)) {
    $fillBlank(sources, block);
  } else if ($isAtStartOfNode(point, block)) {
    $insertAsParagraphs(sources, block, 'before');
  } else if ($isAtEndOfNode(point, block)) {
    $insertAsParagraphs(sources, block, 'after');
  } else {
    const nodes = sources.flatMap((source, i): LexicalNode[] => [...(i === 0 ? [] : [$createTextNode(' ')]), ...$precedentWithCitation(source)]);
    target.insertNodes(nodes);
    nodes.at(-1)?.selectNext(0, 0);
  }
}

/** The first precedent fills a blank block (made a paragraph if it was a heading); the others follow it. */
function $fillBlank(sources: readonly PrecedentSource[], block: ElementNode): void {
  const [first, ...rest] = sources;
  const filled = $isParagraphNode(block) || $isListItemNode(block) ? block : $replaceWithParagraph(block);
  if (first) filled.append(...$precedentWithCitation(first));
  if (rest.length > 0) $insertAsParagraphs(rest, filled, 'after');
  else filled.selectEnd();
}

/**
 * Agreed language is never split by other agreed language: a position inside a precedent moves to
 * just before it (at its start) or just after it and its citation (anywhere else).
 */
function $moveOutOfPrecedent(selection: RangeSelection): RangeSelection {
  const precedent = $findMatchingParent(selection.anchor.getNode(), $isPrecedentNode);
  if (!precedent) return selection;
  if ($isAtStartOfNode(selection.anchor, precedent)) return precedent.selectPrevious();
  const next = precedent.getNextSibling();
  return ($isCitationNode(next) ? next : precedent).selectNext(0, 0);
}

function $precedentWithCitation(source: PrecedentSource): [LexicalNode, CitationNode] {
  return [$createPrecedentNode(source), $createCitationNode(source.paragraphId)];
}

/** New blocks of the kind the neighbour allows: list items beside a list item, paragraphs elsewhere. */
function $insertAsParagraphs(sources: readonly PrecedentSource[], neighbour: LexicalNode, side: 'before' | 'after'): void {
  if (sources.length === 0) return;
  const blocks = sources.map((source) =>
    ($isListItemNode(neighbour) ? $createListItemNode() : $createParagraphNode()).append(...$precedentWithCitation(source)),
  );
  if (side === 'before') for (const block of blocks) neighbour.insertBefore(block);
  else for (const block of [...blocks].reverse()) neighbour.insertAfter(block);
  blocks.at(-1)?.selectEnd();
}

function $endOfOperativePart(): RangeSelection {
  const last = $lastChildOf($getDraftSection('operative'));
  return $isElementNode(last) ? last.selectEnd() : last.selectNext();
}

function $lastChildOf(section: ElementNode): LexicalNode {
  const last = section.getLastChild();
  if (!last) throw new Error('A draft section always keeps a paragraph (see registerDraftStructure).');
  return last;
}

function $replaceWithParagraph(block: ElementNode): ElementNode {
  const paragraph = $createParagraphNode();
  block.replace(paragraph, true);
  return paragraph;
}

/** Nothing but spaces: such a paragraph is where the delegate wants the precedent. */
function $isBlank(block: ElementNode): boolean {
  return block.getChildren().every((child) => $isTextNode(child) && child.getTextContent().trim() === '');
}

/** A caret kept from an earlier update may point at nodes edited away since. */
function $isUsableSelection(selection: RangeSelection): boolean {
  return [selection.anchor, selection.focus].every($isUsablePoint);
}

function $isUsablePoint(point: PointType): boolean {
  const node = $getNodeByKey(point.key);
  if (!node || !node.isAttached()) return false;
  if (point.type === 'text') return $isTextNode(node) && point.offset <= node.getTextContentSize();
  return $isElementNode(node) && point.offset <= node.getChildrenSize();
}
