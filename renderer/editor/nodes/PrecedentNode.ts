import {
  $applyNodeReplacement,
  $createLineBreakNode,
  $createTextNode,
  $getDocument,
  $getState,
  $setState,
  createState,
  ElementNode,
  NODE_STATE_DIRECT,
  type EditorConfig,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import type { Lang } from '../../../shared/corpus/model';
import { isPrecedentModified } from '../../../shared/draft/isPrecedentModified';
import { $getMarks, $setMarks } from '../negotiation/negotiationStates';

const paragraphIdState = createState('paragraphId', { parse: (value) => (typeof value === 'string' ? value : '') });
const langState = createState('lang', { parse: (value): Lang => (value === 'en' ? 'en' : 'fr') });
const sourceTextState = createState('sourceText', { parse: (value) => (typeof value === 'string' ? value : '') });

export interface PrecedentSource {
  paragraphId: string;
  /** The language of the inserted version. */
  lang: Lang;
  /** The corpus text as inserted, kept to tell verbatim from modified and to restore it. */
  sourceText: string;
}

/**
 * Agreed language inserted from the corpus: an inline element around the text, so the delegate can
 * edit and format it like any text while it keeps where it came from. Words typed right before or
 * after it are the delegate's own and stay outside it.
 */
export class PrecedentNode extends ElementNode {
  override $config() {
    return this.config('precedent', {
      extends: ElementNode,
      stateConfigs: [
        { stateConfig: paragraphIdState, flat: true },
        { stateConfig: langState, flat: true },
        { stateConfig: sourceTextState, flat: true },
      ],
    });
  }

  getSource(): PrecedentSource {
    return {
      paragraphId: $getState(this, paragraphIdState),
      lang: $getState(this, langState),
      sourceText: $getState(this, sourceTextState),
    };
  }

  setSource(source: PrecedentSource): this {
    return $setState($setState($setState(this, paragraphIdState, source.paragraphId), langState, source.lang), sourceTextState, source.sourceText);
  }

  isModified(): boolean {
    return isPrecedentModified(this.getTextContent(), $getState(this, sourceTextState));
  }

  /** Puts back the source text, as one plain run. */
  restoreSourceText(): this {
    return this.replaceText($getState(this, sourceTextState));
  }

  /** Sets the text as plain runs; the line breaks of a paragraph with sub-items stay line breaks. */
  replaceText(text: string): this {
    const writable = this.getWritable();
    const previous = writable.getChildren();
    // Appended before the old runs go: an emptied precedent would be removed (canBeEmpty).
    text.split('\n').forEach((line, i) => {
      if (i > 0) writable.append($createLineBreakNode());
      if (line) writable.append($createTextNode(line));
    });
    for (const child of previous) child.remove();
    return writable;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('span');
    if (config.theme.precedent) element.className = config.theme.precedent;
    this.updateDOM(null, element);
    return element;
  }

  /** Called for every edit inside the precedent too (its parent chain is marked dirty), so the flag follows typing. */
  override updateDOM(_prevNode: this | null, element: HTMLElement): boolean {
    element.lang = $getState(this, langState, NODE_STATE_DIRECT);
    element.dataset.paragraphId = $getState(this, paragraphIdState, NODE_STATE_DIRECT);
    const modified = isPrecedentModified(this.getTextContent(), $getState(this, sourceTextState, NODE_STATE_DIRECT));
    element.dataset.modified = String(modified);
    return false;
  }

  override isInline(): boolean {
    return true;
  }

  override canBeEmpty(): boolean {
    return false;
  }

  /** Copying or dragging part of agreed language takes its provenance along: the piece stays agreed language where it lands. */
  override extractWithChild(): boolean {
    return true;
  }

  /** Enter inside agreed language splits it: the rest is a piece of the same source (the citation rule then gives each piece its citation). */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): PrecedentNode {
    const piece = $createPrecedentNode(this.getSource(), '');
    $setMarks(piece, $getMarks(this));
    this.insertAfter(piece, restoreSelection);
    return piece;
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }
}

export function $createPrecedentNode(source: PrecedentSource, text: string = source.sourceText): PrecedentNode {
  return $applyNodeReplacement(new PrecedentNode()).setSource(source).replaceText(text);
}

export function $isPrecedentNode(node: LexicalNode | null | undefined): node is PrecedentNode {
  return node instanceof PrecedentNode;
}
