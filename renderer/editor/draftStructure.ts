import { mergeRegister } from '@lexical/utils';
import { $createParagraphNode, $getRoot, $isElementNode, RootNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { registerCitationUnits } from './citationUnits';
import { registerParagraphLabels } from './negotiation/paragraphLabels';
import { $createDraftSectionNode, $isDraftSectionNode, DraftSectionNode, type DraftSection } from './nodes/DraftSectionNode';

/** A fresh draft: an empty preamble and one empty operative paragraph. */
export function $initDraftStructure(): void {
  const root = $getRoot();
  root.clear();
  root.append(
    $createDraftSectionNode('preamble').append($createParagraphNode()),
    $createDraftSectionNode('operative').append($createParagraphNode()),
  );
}

export function $getDraftSection(section: DraftSection): DraftSectionNode {
  const found = $getRoot().getChildren().find((node) => $isDraftSectionNode(node) && node.getSection() === section);
  if (!$isDraftSectionNode(found)) throw new Error(`The draft has no ${section} section; DraftStructurePlugin keeps one.`);
  return found;
}

/**
 * Root transform: whatever an edit, a paste or an old file left at the top level, the root ends up
 * holding the preamble then the operative part. Blocks found outside them join the part they sit
 * next to; a second section of one kind gives its paragraphs to the first, so nothing is dropped.
 */
export function $normalizeDraftRoot(root: RootNode): void {
  const children = root.getChildren();
  if (isNormal(children)) return;

  const preamble = findSection(children, 'preamble') ?? $createDraftSectionNode('preamble');
  const operative = findSection(children, 'operative') ?? $createDraftSectionNode('operative');
  const beforeAnySection: LexicalNode[] = [];
  let target: DraftSectionNode | null = null;
  for (const child of children) {
    if ($isDraftSectionNode(child)) {
      target = child.getSection() === 'operative' ? operative : (target ?? preamble);
      if (child !== preamble && child !== operative) {
        target.append(...child.getChildren());
        child.remove();
      }
    } else if (target === null) {
      beforeAnySection.push(child);
    } else {
      target.append(asBlock(child));
    }
  }
  const first = preamble.getFirstChild();
  for (const node of beforeAnySection) {
    if (first) first.insertBefore(asBlock(node));
    else preamble.append(asBlock(node));
  }
  preamble.remove();
  operative.remove();
  root.append(preamble, operative);
}

function asBlock(node: LexicalNode): LexicalNode {
  return $isElementNode(node) && !node.isInline() ? node : $createParagraphNode().append(node);
}

/** Section transform: a part always keeps a paragraph to type in. */
export function $keepSectionTypable(section: DraftSectionNode): void {
  if (section.isEmpty()) section.append($createParagraphNode());
}

function isNormal(children: LexicalNode[]): boolean {
  const [first, second] = children;
  return (
    children.length === 2 &&
    $isDraftSectionNode(first) &&
    first.getSection() === 'preamble' &&
    $isDraftSectionNode(second) &&
    second.getSection() === 'operative'
  );
}

function findSection(children: LexicalNode[], section: DraftSection): DraftSectionNode | undefined {
  return children.find((child): child is DraftSectionNode => $isDraftSectionNode(child) && child.getSection() === section);
}

/** Keeps the preamble/operative structure, the citation rule and the paragraph labels through every edit. */
export function registerDraftStructure(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(RootNode, $normalizeDraftRoot),
    editor.registerNodeTransform(DraftSectionNode, $keepSectionTypable),
    registerCitationUnits(editor),
    registerParagraphLabels(editor),
  );
}
