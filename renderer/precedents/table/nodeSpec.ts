/** The attributes the table's cells set on their elements (style goes through the style object). */
export type SpecAttribute = 'class' | 'title' | 'lang' | 'aria-hidden';

/** A piece of a cell's content, described as data: a text, or an element with its attributes and children. */
export type NodeSpec = string | ElementSpec;

export interface ElementSpec {
  tag: 'span' | 'mark' | 'abbr';
  attributes?: Partial<Record<SpecAttribute, string>>;
  children: readonly NodeSpec[];
}

export function el(tag: ElementSpec['tag'], attributes: ElementSpec['attributes'], ...children: NodeSpec[]): ElementSpec {
  return { tag, attributes, children };
}
