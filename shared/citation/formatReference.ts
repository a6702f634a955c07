import type { CorpusIndex } from '../corpus/corpusIndex';
import type { CorpusDocument, Locator, Paragraph } from '../corpus/model';

type LocatorScheme = CorpusDocument['locatorScheme'];

function path(locator: Locator): string {
  return [...(locator.number === null ? [] : [String(locator.number)]), ...locator.items].join('.');
}

/**
 * A locator as written in command-line references: `25`, `8.e`, `j.ii`, `al.5`, `chapeau`,
 * `preamble`. A bare number is the document's own scheme; where a report numbers its
 * recommendations (2017, 2019, 2022), its other paragraphs are `par.N`, so `WG.7-2022:8.a` is
 * recommendation 8 a) and `WG.7-2022:par.3` the report's paragraph 3.
 */
export function locatorKey(locator: Locator, scheme: LocatorScheme): string {
  switch (locator.kind) {
    case 'chapeau':
      return 'chapeau';
    case 'unnumbered-preamble':
      return 'preamble';
    case 'preamble':
      return [`al.${locator.number ?? ''}`, ...locator.items].join('.');
    case 'paragraph':
      return scheme === 'recommendation' ? `par.${path(locator)}` : path(locator);
    default:
      return path(locator);
  }
}

/** Other spellings of the same locator that are never ambiguous: `par.25`, `rec.8.a` (as in paragraph ids). */
export function locatorAliases(locator: Locator): string[] {
  if (locator.kind === 'paragraph') return [`par.${path(locator)}`];
  if (locator.kind === 'recommendation') return [`rec.${path(locator)}`];
  return [];
}

/**
 * The shortest reference `parseReference` reads back to this paragraph: the compendium reference
 * as printed (`I.22`; `B:VI.9.c`, Part B being marked because its numbering restarts), else the
 * document symbol or short key and the locator (`WG.7-2022:8.a`).
 */
export function formatReference(index: CorpusIndex, paragraph: Paragraph): string {
  if (paragraph.compendiumRef && paragraph.compendiumPart) {
    return paragraph.compendiumPart === 'A' ? paragraph.compendiumRef : `B:${paragraph.compendiumRef}`;
  }
  const document = index.documents.get(paragraph.docId);
  if (!document) return paragraph.id;
  return `${document.symbol ?? document.shortKey}:${locatorKey(paragraph.locator, document.locatorScheme)}`;
}
