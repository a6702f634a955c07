import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Lang, Paragraph } from '../corpus/model';

/**
 * The agreed language a paragraph stands for, as a delegate quotes it: its own words followed by
 * each of its sub-items on a line of its own, labelled as printed ("a) ..."). Undefined when the
 * corpus lacks the paragraph or any part of it in `lang`: a half-translated quote is not agreed
 * language.
 */
export function precedentText(index: CorpusIndex, paragraphId: string, lang: Lang): string | undefined {
  const paragraph = index.paragraphs.get(paragraphId);
  return paragraph && textWithItems(index, paragraph, lang);
}

function textWithItems(index: CorpusIndex, paragraph: Paragraph, lang: Lang): string | undefined {
  const own = paragraph.text[lang];
  if (own === undefined) return undefined;
  const lines = [own];
  for (const childId of paragraph.childIds) {
    const child = index.paragraphs.get(childId);
    const childText = child && textWithItems(index, child, lang);
    if (!child || childText === undefined) return undefined;
    const label = child.locator.items.at(-1);
    lines.push(label ? `${label}) ${childText}` : childText);
  }
  return lines.join('\n');
}
