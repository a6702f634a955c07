/** The attributes the table's cells set on their elements. */
export type SpecAttribute = 'class' | 'title' | 'lang' | 'aria-hidden';

/** The style properties they set, through the style object: the Content Security Policy refuses style attributes. */
export type SpecStyle = Partial<Record<'paddingInlineStart', string>>;

/** A piece of a cell's content, described as data: a text, or an element with its attributes and children. */
export type NodeSpec = string | ElementSpec;

export interface ElementSpec {
  tag: 'span' | 'mark' | 'abbr';
  attributes?: Partial<Record<SpecAttribute, string>>;
  style?: SpecStyle;
  children: readonly NodeSpec[];
}

export function el(tag: ElementSpec['tag'], attributes: ElementSpec['attributes'], ...children: NodeSpec[]): ElementSpec {
  return { tag, attributes, children };
}
