import { $createListItemNode, $createListNode, type ListItemNode, type ListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, type ElementNode, type LexicalNode, type SerializedEditorState } from 'lexical';
import type { DraftContent, DraftParagraph, DraftRun } from '../../shared/draft/model';
import { createHeadlessDraftEditor } from './editorStateFile';
import { $setMarks, $setNegotiationSetup, $setParagraphNegotiation } from './negotiation/negotiationStates';
import { $createCitationNode } from './nodes/CitationNode';
import { $createDraftSectionNode } from './nodes/DraftSectionNode';
import { $createPrecedentNode } from './nodes/PrecedentNode';

function $runNodes(run: DraftRun): LexicalNode[] {
  if (run.type === 'citation') return [$createCitationNode(run.paragraphId)];
  if (run.type === 'precedent') return [$createPrecedentNode({ paragraphId: run.paragraphId, lang: run.lang, sourceText: run.sourceText }, run.text)];
  return run.text.split('\n').flatMap((line, i) => {
    const nodes: LexicalNode[] = i > 0 ? [$createLineBreakNode()] : [];
    if (line === '') return nodes;
    const text = $createTextNode(line);
    if (run.bold) text.toggleFormat('bold');
    if (run.italic) text.toggleFormat('italic');
    return [...nodes, text];
  });
}

function $fill(block: ElementNode, paragraph: DraftParagraph): ElementNode {
  for (const run of paragraph.runs) {
    for (const node of $runNodes(run)) {
      if (run.marks) $setMarks(node, run.marks);
      block.append(node);
    }
  }
  if (paragraph.negotiation) $setParagraphNegotiation(block, paragraph.negotiation);
  return block;
}

/**
 * The editor's document for a draft's content: the inverse of $projectDraftContent, so a draft
 * made outside the editor (a Word document opened as a draft) opens with the same paragraphs,
 * provenance and proposals. Consecutive list items share a list; a deeper item nests in the one before.
 */
export function $buildFromContent(content: DraftContent): void {
  const root = $getRoot();
  root.clear();
  for (const part of ['preamble', 'operative'] as const) {
    const section = $createDraftSectionNode(part);
    let lists: ListNode[] = [];
    let lastItem: ListItemNode | null = null;
    for (const paragraph of content[part]) {
      if (!paragraph.list) {
        lists = [];
        section.append($fill(paragraph.style === 'heading' ? $createHeadingNode('h2') : $createParagraphNode(), paragraph));
        continue;
      }
      const { kind, level } = paragraph.list;
      lists = lists.slice(0, level + 1);
      while (lists.length <= level) {
        const list = $createListNode(kind);
        if (lists.length === 0) section.append(list);
        else (lastItem ?? lists.at(-1)!).append(list);
        lists.push(list);
      }
      lastItem = $fill($createListItemNode(), paragraph) as ListItemNode;
      lists[level]!.append(lastItem);
    }
    if (section.getChildrenSize() === 0) section.append($createParagraphNode());
    root.append(section);
  }
  if (content.negotiation) $setNegotiationSetup(content.negotiation);
}

export function editorStateFromContent(content: DraftContent): SerializedEditorState {
  const editor = createHeadlessDraftEditor();
  editor.update(() => $buildFromContent(content), { discrete: true });
  return editor.getEditorState().toJSON();
}
