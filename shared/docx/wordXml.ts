import { SaxesParser, type SaxesTagNS } from 'saxes';

/** WordprocessingML's namespace, transitional (what Word writes) and strict. */
const WORD_NAMESPACES = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** An element as the readers see it: its WordprocessingML local name ("p", "t"), or null for another vocabulary. */
export interface WordElement {
  word: string | null;
  /** mc:Fallback: the older rendering of content given again in mc:Choice, never read twice. */
  fallback: boolean;
  attribute(local: string): string | null;
  selfClosing: boolean;
}

export interface WordXmlHandlers {
  open(element: WordElement, position: number): void;
  close(element: WordElement, position: number): void;
  text(text: string): void;
}

function wordElement(tag: SaxesTagNS): WordElement {
  return {
    word: WORD_NAMESPACES.has(tag.uri) ? tag.local : null,
    fallback: tag.uri === MARKUP_COMPATIBILITY && tag.local === 'Fallback',
    attribute(local) {
      for (const attribute of Object.values(tag.attributes)) if (attribute.local === local) return attribute.value;
      return null;
    },
    selfClosing: tag.isSelfClosing,
  };
}

/**
 * Walks a Word XML part with a streaming parser (saxes: no DOM, so it runs in the window, in Node
 * and in the command line alike). Positions are UTF-16 offsets in `xml` just past each tag, so a
 * caller can insert markup at a paragraph's bounds without re-serialising the part.
 */
export function walkWordXml(xml: string, handlers: WordXmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const open: WordElement[] = [];
  parser.on('opentag', (tag) => {
    const element = wordElement(tag);
    open.push(element);
    handlers.open(element, parser.position);
  });
  parser.on('closetag', () => {
    const element = open.pop();
    if (element) handlers.close(element, parser.position);
  });
  parser.on('text', (text) => handlers.text(text));
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}
