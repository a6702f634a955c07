import type { CorpusIndex } from '../corpus/corpusIndex';
import { findCitedDocument, plainSpacing } from './findCitedDocument';
import { readLocatorSeries } from './readLocatorSeries';

export type ParsedCitation =
  | { ok: true; documentId: string; paragraphIds: string[] }
  /** A document the corpus does not hold. */
  | { ok: false; problem: 'unknown-document'; document: string }
  /** A locator its document does not have ("par. 99"); `documentId` is the document it was looked for in. */
  | { ok: false; problem: 'no-such-paragraph'; documentId: string; locators: string[] }
  /** A document cited without a paragraph, or a locator with no document to look it up in. */
  | { ok: false; problem: 'no-locator'; documentId: string }
  | { ok: false; problem: 'no-document' };

export interface ParseCitationOptions {
  /** The document a citation without one refers to ("par. 25" after a full citation, as "ibid." does). */
  contextDocumentId?: string | null;
}

/** Where a text looks like a citation: a symbol, a decision or resolution number, or a paragraph locator. */
export const CITATION_LIKE = /\b[A-Z]{1,6}\/[A-Z0-9]|\b(?:d[ée]cision|r[ée]solution)s?\s+\d{1,2}\/\d|(?<![\p{L}])(?:par|paras?|al|§)\.?\s*\d|(?<![\p{L}])(?:paragraphes?|paragraphs?|recommandations?|recommendations?)\s+\d/iu;

/**
 * The inverse of formatCitation, and the looser forms delegates type: "CTOC/COP/WG.7/2012/6, par.
 * 25", "para. 25", "par. 23 à 25", "résolution 6/3, par. 9 c)", "décision 4/5, al. j) ii)".
 * Citations of several documents are separated by semicolons; their paragraphs come back together.
 */
export function parseCitation(index: CorpusIndex, citation: string, options: ParseCitationOptions = {}): ParsedCitation {
  const pieces = plainSpacing(citation).split(/\s;\s|;\s/).filter((piece) => piece.trim());
  const ids: string[] = [];
  let documentId: string | null = null;
  let context = options.contextDocumentId ?? null;
  for (const piece of pieces) {
    const cited = findCitedDocument(index, piece);
    if ('unknown' in cited) return { ok: false, problem: 'unknown-document', document: cited.unknown };
    const document = 'found' in cited ? cited.found : context ? index.documents.get(context) : undefined;
    if (!document) return { ok: false, problem: 'no-document' };
    const series = readLocatorSeries(index, document, 'found' in cited ? cited.rest : piece);
    if (series.missing.length > 0) return { ok: false, problem: 'no-such-paragraph', documentId: document.id, locators: series.missing };
    if (series.noLocator) return { ok: false, problem: 'no-locator', documentId: document.id };
    documentId ??= document.id;
    context = document.id;
    ids.push(...series.paragraphIds);
  }
  if (documentId === null) return { ok: false, problem: 'no-document' };
  return { ok: true, documentId, paragraphIds: ids };
}
