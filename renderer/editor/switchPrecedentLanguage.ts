import { $dfsIterator } from '@lexical/utils';
import { $isTextNode } from 'lexical';
import type { Lang } from '../../shared/corpus/model';
import { $isPrecedentNode, type PrecedentNode } from './nodes/PrecedentNode';

export interface LanguageSwitchReport {
  switched: number;
  /** Unmodified precedents the corpus has no version of in the new language: kept, and flagged. */
  missing: number;
  /** Edited precedents: the delegate's wording is kept as it is. */
  modified: number;
}

/**
 * Swaps each inserted, unmodified precedent to its version in `lang`. Where the corpus has no such
 * version the text stays as it is (never translated) and shows as being in the other language.
 * Citations need nothing: they are formatted in the draft's language when shown.
 */
export function $switchPrecedentLanguage(lang: Lang, textOf: (paragraphId: string, lang: Lang) => string | undefined): LanguageSwitchReport {
  const report: LanguageSwitchReport = { switched: 0, missing: 0, modified: 0 };
  const precedents = [...$dfsIterator()].map(({ node }) => node).filter($isPrecedentNode);
  for (const precedent of precedents) {
    const source = precedent.getSource();
    if (source.lang === lang) continue;
    if (precedent.isModified()) {
      report.modified += 1;
      continue;
    }
    const text = textOf(source.paragraphId, lang);
    if (text === undefined) {
      report.missing += 1;
      continue;
    }
    precedent.setSource({ paragraphId: source.paragraphId, lang, sourceText: text }).replaceText(text);
    report.switched += 1;
  }
  return report;
}

/**
 * Precedents two desks of a shared draft switched at once: each desk wrote the new text, so the
 * precedent holds its source text twice (or more), one copy after the other.
 */
export function $precedentsSwitchedTwice(): PrecedentNode[] {
  return [...$dfsIterator()].map(({ node }) => node).filter($isPrecedentNode).filter((precedent) => {
    const { sourceText } = precedent.getSource();
    const text = precedent.getTextContent();
    return sourceText !== '' && text.length > sourceText.length && text === sourceText.repeat(text.length / sourceText.length);
  });
}

/**
 * Keeps the first copy of each text switched twice. The copies lie in the document's order, which
 * every desk shares, so every desk removes the same pieces, and removals made twice at once agree.
 */
export function $keepFirstCopyOfSwitchedText(): void {
  for (const precedent of $precedentsSwitchedTwice()) {
    let kept = precedent.getSource().sourceText.length;
    for (const child of precedent.getChildren()) {
      const size = child.getTextContentSize();
      if (kept <= 0) child.remove();
      else if (size > kept && $isTextNode(child)) child.splitText(kept)[1]?.remove();
      kept -= size;
    }
  }
}
