import { $isHeadingNode } from '@lexical/rich-text';
import { $isListItemNode, $isListNode } from '@lexical/list';
import {
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import type { DraftContent, DraftListItem, DraftParagraph, DraftRun, TextRun } from '../../shared/draft/model';
import { $getMarks, $getNegotiationSetup, $getParagraphNegotiation, $hasNegotiationSetup, sameMarks } from './negotiation/negotiationStates';
import { usedSetup } from './negotiation/usedSetup';
import { $isCitationNode } from './nodes/CitationNode';
import { $isDraftSectionNode } from './nodes/DraftSectionNode';
import { $isPrecedentNode } from './nodes/PrecedentNode';

/**
 * The draft as paragraphs and runs, for export, precedent check and provenance. Blank paragraphs
 * are left out (they are not paragraphs of the text); each list item is a paragraph of its own,
 * marked with its list's kind and nesting level so export does not number it as operative.
 */
export function $projectDraftContent(): DraftContent {
  const content: DraftContent = { preamble: [], operative: [] };
  for (const section of $getRoot().getChildren()) {
    if (!$isDraftSectionNode(section)) continue;
    const paragraphs = content[section.getSection()];
    for (const block of section.getChildren()) collectParagraphs(block, paragraphs);
  }
  if ($hasNegotiationSetup()) content.negotiation = usedSetup($getNegotiationSetup(), content);
  return content;
}

function collectParagraphs(block: LexicalNode, into: DraftParagraph[], list?: DraftListItem): void {
  if ($isListNode(block)) {
    // Lexical nests a list in a list item of its parent list: one level deeper.
    const item: DraftListItem = { kind: block.getListType() === 'number' ? 'number' : 'bullet', level: list ? list.level + 1 : 0 };
    for (const child of block.getChildren()) collectParagraphs(child, into, item);
    return;
  }
  if (!$isElementNode(block)) return;
  const inList = $isListItemNode(block) ? list : undefined;
  const nested = $isListItemNode(block) ? block.getChildren().filter($isListNode) : [];
  const runs = collectRuns(block, []);
  if (runs.some((run) => run.type !== 'text' || run.text.trim() !== '')) {
    const negotiation = $getParagraphNegotiation(block);
    into.push({
      style: $isHeadingNode(block) ? 'heading' : 'body',
      ...(inList ? { list: inList } : {}),
      runs,
      ...(Object.keys(negotiation).length > 0 ? { negotiation } : {}),
    });
  }
  for (const child of nested) collectParagraphs(child, into, inList);
}

function collectRuns(element: ElementNode, runs: DraftRun[]): DraftRun[] {
  for (const child of element.getChildren()) {
    if ($isPrecedentNode(child)) {
      const { paragraphId, lang, sourceText } = child.getSource();
      runs.push({ type: 'precedent', paragraphId, lang, text: child.getTextContent(), sourceText, ...marksOf(child) });
    } else if ($isCitationNode(child)) {
      runs.push({ type: 'citation', paragraphId: child.getParagraphId(), ...marksOf(child) });
    } else if ($isTextNode(child)) {
      pushText(runs, { type: 'text', text: child.getTextContent(), ...formatOf(child.hasFormat('bold'), child.hasFormat('italic')), ...marksOf(child) });
    } else if ($isLineBreakNode(child)) {
      const previous = runs.at(-1);
      pushText(runs, { type: 'text', text: '\n', ...(previous?.type === 'text' && previous.marks ? { marks: previous.marks } : {}) });
    } else if ($isListNode(child)) {
      continue;
    } else if ($isElementNode(child)) {
      collectRuns(child, runs);
    }
  }
  return runs;
}

function marksOf(node: LexicalNode): Pick<TextRun, 'marks'> {
  const marks = $getMarks(node);
  return marks.length > 0 ? { marks: [...marks] } : {};
}

function formatOf(bold: boolean, italic: boolean): Pick<TextRun, 'bold' | 'italic'> {
  return { ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) };
}

/** Adjacent text of the same formatting and proposals is one run, as Word would write it. */
function pushText(runs: DraftRun[], run: TextRun): void {
  const last = runs.at(-1);
  if (
    last?.type === 'text' &&
    Boolean(last.bold) === Boolean(run.bold) &&
    Boolean(last.italic) === Boolean(run.italic) &&
    sameMarks(last.marks ?? [], run.marks ?? [])
  ) {
    last.text += run.text;
  } else {
    runs.push(run);
  }
}
