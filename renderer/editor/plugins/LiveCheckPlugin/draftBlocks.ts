import { $isListItemNode, $isListNode } from '@lexical/list';
import { $isHeadingNode } from '@lexical/rich-text';
import { $findMatchingParent } from '@lexical/utils';
import { $getRoot, $isElementNode, $isRootNode, type LexicalNode, type NodeKey } from 'lexical';
import { $isDraftSectionNode, type DraftSection } from '../../nodes/DraftSectionNode';
import { $readTextSegments, type TextSegment } from '../../textRanges';


/** One paragraph, heading or list item of the draft, with its text as the check reads it. */
export interface DraftBlock {
  key: NodeKey;
  section: DraftSection;
  heading: boolean;
  /** Its text and agreed language; a line break is '\n'; citations add nothing. */
  text: string;
  segments: TextSegment[];
}

/**
 * The draft's blocks in document order, blank ones left out, each list item a block of its own:
 * the same paragraphs as the projection export and the check report read, with the keys of their
 * nodes, so a result can be shown on the text or act on its paragraph.
 */
export function $readDraftBlocks(): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  for (const section of $getRoot().getChildren()) {
    if (!$isDraftSectionNode(section)) continue;
    for (const block of section.getChildren()) collectBlocks(block, section.getSection(), blocks);
  }
  return blocks;
}

function collectBlocks(block: LexicalNode, section: DraftSection, into: DraftBlock[]): void {
  if ($isListNode(block)) {
    for (const item of block.getChildren()) collectBlocks(item, section, into);
    return;
  }
  if (!$isElementNode(block)) return;
  const read = $readTextSegments(block);
  if (read.text.trim() !== '') into.push({ key: block.getKey(), section, heading: $isHeadingNode(block), ...read });
  if ($isListItemNode(block)) for (const nested of block.getChildren().filter($isListNode)) collectBlocks(nested, section, into);
}

/** The key of the block around `node` (the paragraph, heading or list item it is in). */
export function $blockKeyOf(node: LexicalNode): NodeKey | null {
  const block = $findMatchingParent(
    node,
    (candidate) => $isElementNode(candidate) && !candidate.isInline() && !$isListNode(candidate) && !$isDraftSectionNode(candidate) && !$isRootNode(candidate),
  );
  return block?.getKey() ?? null;
}
