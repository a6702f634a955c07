import { createElement, type JSX } from 'react';
import {
  $applyNodeReplacement,
  $getDocument,
  $getState,
  $setState,
  createState,
  DecoratorNode,
  type EditorConfig,
  type LexicalNode,
} from 'lexical';
import { CitationComponent } from './CitationComponent';

const paragraphIdState = createState('paragraphId', { parse: (value) => (typeof value === 'string' ? value : '') });

/**
 * The citation of one precedent paragraph. It holds only the paragraph's identity: its text is
 * formatted when shown, in the draft's language and citation style, so switching either re-renders
 * every citation without touching the document. Atomic: selected and deleted as one.
 */
export class CitationNode extends DecoratorNode<JSX.Element> {
  override $config() {
    return this.config('citation', {
      extends: DecoratorNode,
      stateConfigs: [{ stateConfig: paragraphIdState, flat: true }],
    });
  }

  getParagraphId(): string {
    return $getState(this, paragraphIdState);
  }

  setParagraphId(paragraphId: string): this {
    return $setState(this, paragraphIdState, paragraphId);
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('span');
    if (config.theme.citation) element.className = config.theme.citation;
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): boolean {
    return true;
  }

  override decorate(): JSX.Element {
    return createElement(CitationComponent, { nodeKey: this.getKey(), paragraphId: this.getParagraphId() });
  }
}

export function $createCitationNode(paragraphId: string): CitationNode {
  return $applyNodeReplacement(new CitationNode()).setParagraphId(paragraphId);
}

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return node instanceof CitationNode;
}
