import {
  $applyNodeReplacement,
  $getDocument,
  $getState,
  $setState,
  createState,
  ElementNode,
  NODE_STATE_DIRECT,
  type EditorConfig,
  type LexicalNode,
} from 'lexical';

export type DraftSection = 'preamble' | 'operative';

const sectionState = createState('section', {
  parse: (value): DraftSection => (value === 'preamble' ? 'preamble' : 'operative'),
});

/**
 * The two parts of a draft: unnumbered preambular paragraphs, then numbered operative paragraphs.
 * The root holds exactly one of each, in that order (see DraftStructurePlugin). Each is a shadow
 * root, so its paragraphs behave as top-level blocks: Enter, paste and drops stay in the part the
 * caret is in, and a precedent dropped into the preamble becomes a preambular paragraph.
 */
export class DraftSectionNode extends ElementNode {
  override $config() {
    return this.config('draft-section', {
      extends: ElementNode,
      stateConfigs: [{ stateConfig: sectionState, flat: true }],
    });
  }

  getSection(): DraftSection {
    return $getState(this, sectionState);
  }

  setSection(section: DraftSection): this {
    return $setState(this, sectionState, section);
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('section');
    const section = $getState(this, sectionState, NODE_STATE_DIRECT);
    element.className = `${config.theme.draftSection ?? ''} ${config.theme.draftSection ?? ''}--${section}`.trim();
    element.dataset.section = section;
    return element;
  }

  override updateDOM(prevNode: this): boolean {
    return $getState(prevNode, sectionState, NODE_STATE_DIRECT) !== $getState(this, sectionState, NODE_STATE_DIRECT);
  }

  override isShadowRoot(): boolean {
    return true;
  }

  override canBeEmpty(): boolean {
    return false;
  }

  override canIndent(): boolean {
    return false;
  }

  /** Copying across the two parts copies their paragraphs, which paste into the part of the caret. */
  override excludeFromCopy(): boolean {
    return true;
  }
}

export function $createDraftSectionNode(section: DraftSection): DraftSectionNode {
  return $applyNodeReplacement(new DraftSectionNode()).setSection(section);
}

export function $isDraftSectionNode(node: LexicalNode | null | undefined): node is DraftSectionNode {
  return node instanceof DraftSectionNode;
}
