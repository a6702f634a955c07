import { $createParagraphNode, $createTextNode, $getRoot, $isParagraphNode, type LexicalNode, type ParagraphNode, type RangeSelection } from 'lexical';
import type { NegotiationMark, ParagraphStatusValue } from '../../../shared/negotiation/model';
import { $isCitationNode } from '../nodes/CitationNode';
import { $isDraftSectionNode } from '../nodes/DraftSectionNode';
import { $isPrecedentNode } from '../nodes/PrecedentNode';
import {
  $getMarks,
  $getNegotiationSetup,
  $getParagraphNegotiation,
  $setMarks,
  $setParagraphNegotiation,
  $updateNegotiationSetup,
} from './negotiationStates';
import { $addMark, $blockOf, $selectedUnits, $unitsMarked } from './proposalUnits';

export type SpanProposalKind = 'bracket' | 'deletion' | 'insertion';

function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

function $register(id: string, mark: NegotiationMark): void {
  $updateNegotiationSetup((setup) => ({ ...setup, marks: { ...setup.marks, [id]: mark } }));
}

/**
 * Brackets the selection (the whole paragraph when nothing is selected), or proposes deleting or
 * inserting it, in the name of `sponsors`. Returns the new proposal's id, or null with nothing to mark.
 */
export function $proposeOnSelection(selection: RangeSelection, kind: SpanProposalKind, sponsors: readonly string[], note?: string): string | null {
  const units = $selectedUnits(selection);
  if (units.length === 0) return null;
  const id = newId(kind);
  $register(id, { kind, sponsors: [...sponsors], ...(note ? { note } : {}) });
  $addMark(units, id);
  return id;
}

/**
 * Gives the selected words an alternative: they become Alt 1 (unless they already are an
 * alternative), and Alt n of `sponsors` follows them, starting as a copy of their words for the
 * delegate to rewrite, selected. With nothing selected, the paragraph gets an alternative instead.
 */
export function $proposeAlternative(selection: RangeSelection, sponsors: readonly string[]): string | null {
  if (selection.isCollapsed()) return $proposeParagraphAlternative(selection, sponsors);
  const units = $selectedUnits(selection);
  if (units.length === 0) return null;
  const setup = $getNegotiationSetup();
  const innermost = units.map((unit) => $getMarks(unit).at(-1));
  const current = innermost[0] ? setup.marks[innermost[0]] : undefined;
  let group: string;
  if (current?.kind === 'alternative' && innermost.every((id) => id === innermost[0])) {
    group = current.group;
  } else {
    group = newId('group');
    const first = newId('alt');
    $register(first, { kind: 'alternative', group, index: 1, sponsors: [] });
    $addMark(units, first);
  }
  const siblings = Object.entries($getNegotiationSetup().marks).filter(([, mark]) => mark.kind === 'alternative' && mark.group === group);
  const index = Math.max(...siblings.map(([, mark]) => (mark.kind === 'alternative' ? mark.index : 0))) + 1;
  const id = newId('alt');
  $register(id, { kind: 'alternative', group, index, sponsors: [...sponsors] });
  const groupIds = new Set(siblings.map(([siblingId]) => siblingId));
  const last = $lastOfGroup(units.at(-1)!, groupIds);
  const words = units.filter((unit) => !$isCitationNode(unit)).map((unit) => unit.getTextContent()).join('');
  const alternative = $createTextNode(words);
  const outer = $getMarks(units[0]!).filter((mark) => !groupIds.has(mark));
  $setMarks(alternative, [...outer, id]);
  last.insertAfter(alternative);
  alternative.select(0, words.length);
  return id;
}

/** The last unit of the alternatives group that `unit` belongs to (a piece's citation included). */
function $lastOfGroup(unit: LexicalNode, groupIds: ReadonlySet<string>): LexicalNode {
  let last = unit;
  for (let next = last.getNextSibling(); next && $getMarks(next).some((id) => groupIds.has(id)); next = next.getNextSibling()) last = next;
  const citation = last.getNextSibling();
  return $isPrecedentNode(last) && $isCitationNode(citation) ? citation : last;
}

/** The labelled paragraph the caret is in (not a heading or list item). */
export function $labelledParagraphOf(node: LexicalNode): ParagraphNode | null {
  const block = $blockOf(node);
  return $isParagraphNode(block) && $isDraftSectionNode(block.getParent()) ? block : null;
}

/** Adds Alt n of `sponsors` after the paragraph's alternatives, empty, with the caret in it. */
export function $proposeParagraphAlternative(selection: RangeSelection, sponsors: readonly string[]): string | null {
  const block = $labelledParagraphOf(selection.anchor.getNode());
  if (!block) return null;
  const negotiation = $getParagraphNegotiation(block);
  if (!negotiation.label) return null;
  const alternatives = $alternativesOf(block);
  if (!negotiation.alternative) $setParagraphNegotiation(block, { ...negotiation, alternative: { index: 1, sponsors: [] } });
  const index = Math.max(1, ...alternatives.map((p) => $getParagraphNegotiation(p).alternative?.index ?? 1)) + 1;
  const added = $createParagraphNode();
  $setParagraphNegotiation(added, { label: negotiation.label, alternative: { index, sponsors: [...sponsors] } });
  (alternatives.at(-1) ?? block).insertAfter(added);
  added.select();
  return `${index}`;
}

/** The paragraphs sharing the label of `block` as its alternatives (`block` among them). */
export function $alternativesOf(block: ParagraphNode): ParagraphNode[] {
  const label = $getParagraphNegotiation(block).label;
  const section = block.getParent();
  if (!label || !$isDraftSectionNode(section)) return [block];
  return section.getChildren().filter((p): p is ParagraphNode => {
    if (!$isParagraphNode(p)) return false;
    const other = $getParagraphNegotiation(p);
    return other.label?.number === label.number && other.label.addendum === label.addendum && (p === block || other.alternative !== undefined);
  });
}

export type Settlement = 'accept' | 'reject';

/**
 * Settles a proposal as the room decided: an accepted bracket or insertion, a rejected deletion
 * leave their words as plain text; a rejected bracket or insertion, an accepted deletion take them
 * out; an accepted alternative replaces its group, a rejected one goes.
 */
export function $settleProposal(id: string, outcome: Settlement): void {
  const mark = $getNegotiationSetup().marks[id];
  if (!mark) return;
  const root = $getRoot();
  if (mark.kind === 'alternative') {
    const group = Object.entries($getNegotiationSetup().marks).filter(([, other]) => other.kind === 'alternative' && other.group === mark.group);
    const losers = outcome === 'accept' ? group.filter(([other]) => other !== id) : [[id, mark] as const];
    for (const [loser] of losers) for (const unit of $unitsMarked(root, loser)) unit.remove();
    const remaining = group.filter(([other]) => !losers.some(([loser]) => loser === other));
    if (remaining.length <= 1) for (const [other] of remaining) $dropMark(other);
    return;
  }
  const wordsGo = (mark.kind === 'deletion') === (outcome === 'accept');
  if (wordsGo) for (const unit of $unitsMarked(root, id)) unit.remove();
  else $dropMark(id);
}

function $dropMark(id: string): void {
  for (const unit of $unitsMarked($getRoot(), id)) $setMarks(unit, $getMarks(unit).filter((mark) => mark !== id));
}

/** Keeps the chosen paragraph alternative as the paragraph, or drops a rejected one. */
export function $settleParagraphAlternative(block: ParagraphNode, outcome: Settlement): void {
  const alternatives = $alternativesOf(block);
  const losers = outcome === 'accept' ? alternatives.filter((p) => p !== block) : [block];
  for (const loser of losers) loser.remove();
  const remaining = alternatives.filter((p) => !losers.includes(p));
  if (remaining.length === 1) {
    const { alternative: _alternative, ...negotiation } = $getParagraphNegotiation(remaining[0]!);
    $setParagraphNegotiation(remaining[0]!, negotiation);
  }
}

export function $setParagraphStatus(block: ParagraphNode, value: ParagraphStatusValue, today: string, round?: string): void {
  const negotiation = $getParagraphNegotiation(block);
  $setParagraphNegotiation(block, { ...negotiation, status: { value, changedOn: today, ...(round ? { round } : {}) } });
}
