import type { CorpusIndex } from '../corpus/corpusIndex';
import type { CorpusDocument, Lang, Paragraph } from '../corpus/model';
import { formatDocumentHead, SYMBOL_NOT_GIVEN } from './formatDocumentHead';
import { formatLocatorSeries, type Typography } from './formatLocatorSeries';

export type { Typography };

function lookUp(index: CorpusIndex, paragraphId: string): Paragraph {
  const paragraph = index.paragraphs.get(paragraphId);
  if (!paragraph) throw new Error(`Cannot cite unknown paragraph "${paragraphId}"`);
  return paragraph;
}

function hasSelectedAncestor(index: CorpusIndex, paragraph: Paragraph, selected: ReadonlySet<string>): boolean {
  for (let parentId = paragraph.parentId; parentId !== null; parentId = index.paragraphs.get(parentId)?.parentId ?? null) {
    if (selected.has(parentId)) return true;
  }
  return false;
}

/** Splits one document's paragraphs (in document order) into series of siblings of one locator kind. */
function seriesOf(paragraphs: readonly Paragraph[]): Paragraph[][] {
  const groups = new Map<string, Paragraph[]>();
  for (const paragraph of paragraphs) {
    const key = `${paragraph.locator.kind} ${paragraph.parentId ?? ''}`;
    // Chapeaus and unnumbered preambles have nothing to list: each is its own series.
    const unique = paragraph.locator.kind === 'chapeau' || paragraph.locator.kind === 'unnumbered-preamble' ? `${key} ${paragraph.id}` : key;
    const group = groups.get(unique);
    if (group) group.push(paragraph);
    else groups.set(unique, [paragraph]);
  }
  return [...groups.values()];
}

function inDocumentOrder(document: CorpusDocument, paragraphs: readonly Paragraph[]): readonly Paragraph[] {
  // One paragraph is in order as it is: the table cites its rows one by one, and a long document's positions cost more than the citation.
  if (paragraphs.length < 2) return paragraphs;
  const order = new Map(document.paragraphIds.map((id, position) => [id, position]));
  return [...paragraphs].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

function citeDocument(document: CorpusDocument, paragraphs: readonly Paragraph[], lang: Lang, typography: Typography): string {
  const sorted = inDocumentOrder(document, paragraphs);
  const locators = seriesOf(sorted).map((series) => formatLocatorSeries(series, lang, typography));
  const citation = [formatDocumentHead(document, lang), ...locators].join(', ');
  return document.symbol ? citation : `${citation} ${SYMBOL_NOT_GIVEN[lang]}`;
}

/**
 * Between the citations of several documents: French puts a space before the semicolon
 * ("par. 20 ; CTOC/..."), non-breaking in `typographic` like the spaces inside its locators.
 */
export function citationSeparator(lang: Lang, typography: Typography): string {
  if (lang === 'en') return '; ';
  return typography === 'typographic' ? '\u00a0; ' : ' ; ';
}

/**
 * The citation of one or more paragraphs, built from each paragraph's document and locator in its
 * original document (never from the compendium reference). Paragraphs of several documents are
 * cited one document after the other, separated by semicolons; a sub-item whose parent is also
 * cited is covered by its parent. `plain` uses ordinary spaces (command line); `typographic` puts
 * non-breaking spaces in French locators (app, Word).
 */
export function formatCitation(
  index: CorpusIndex,
  paragraphIds: readonly string[],
  lang: Lang,
  typography: Typography = 'typographic',
): string {
  if (paragraphIds.length === 0) throw new Error('Nothing to cite: no paragraph given');
  const selected = new Set(paragraphIds);
  const byDocument = new Map<string, Paragraph[]>();
  for (const id of selected) {
    const paragraph = lookUp(index, id);
    if (hasSelectedAncestor(index, paragraph, selected)) continue;
    const group = byDocument.get(paragraph.docId);
    if (group) group.push(paragraph);
    else byDocument.set(paragraph.docId, [paragraph]);
  }
  return [...byDocument].map(([docId, paragraphs]) => {
    const document = index.documents.get(docId);
    if (!document) throw new Error(`Paragraph "${paragraphs[0]?.id}" belongs to unknown document "${docId}"`);
    return citeDocument(document, paragraphs, lang, typography);
  }).join(citationSeparator(lang, typography));
}
