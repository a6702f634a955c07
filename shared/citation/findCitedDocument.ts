import type { CorpusIndex } from '../corpus/corpusIndex';
import type { CorpusDocument } from '../corpus/model';
import { formatDocumentHead } from './formatDocumentHead';

/** Something written like a UN symbol: upper-case segments separated by slashes (CTOC/COP/WG.7/2012/6, A/RES/70/1). */
const SYMBOL_LIKE = /\b[A-Z]{1,6}(?:\/[A-Z0-9][A-Z0-9.\-]*)+/g;
const NUMBERED = /\b(d[ée]cision|r[ée]solution)s?\s+(\d{1,2}\/\d{1,2})/i;

export type CitedDocument =
  | { found: CorpusDocument; rest: string }
  | { unknown: string }
  | { none: true };

/** Spaces of every kind as one space, dashes as "-", so typed and formatted citations compare alike. */
export function plainSpacing(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009\s]+/g, ' ').replace(/[\u2010-\u2015]/g, '-').trim();
}

function removeFirst(text: string, part: string): string {
  const at = text.indexOf(part);
  return at < 0 ? text : `${text.slice(0, at)} ${text.slice(at + part.length)}`;
}

/**
 * The document a citation names, and what is left of it once the document is taken out: its
 * symbol (CTOC/COP/WG.7/2012/6), its number (résolution 6/3, decision 4/5), its short key
 * (WG.7-2022), or, for a document no source gives a symbol for, the description the formatter
 * writes in its place. A symbol the corpus does not hold is `unknown`; no document at all is `none`.
 */
export function findCitedDocument(index: CorpusIndex, citation: string): CitedDocument {
  const text = plainSpacing(citation);
  let document: CorpusDocument | undefined;
  let rest = text;
  for (const symbol of text.match(SYMBOL_LIKE) ?? []) {
    const found = index.documentsByKey.get(symbol.replace(/[.]+$/, ''));
    if (found) {
      document = found;
      rest = removeFirst(rest, symbol);
      break;
    }
  }
  const numbered = NUMBERED.exec(rest);
  if (numbered) {
    const kind = numbered[1]?.toLowerCase().startsWith('d') ? 'decision' : 'resolution';
    const byNumber = index.corpus.documents.find((candidate) => candidate.kind === kind && candidate.number === numbered[2]);
    // "CTOC/COP/2012/15, décision 4/5": that document holds no such decision.
    if (document && byNumber !== document) return { unknown: `${document.symbol ?? document.shortKey}, ${numbered[0]}` };
    if (!byNumber) return { unknown: numbered[0] };
    document ??= byNumber;
    rest = removeFirst(rest, numbered[0]);
  }
  if (!document) {
    for (const candidate of index.corpus.documents) {
      const heads = candidate.symbol ? [] : [plainSpacing(formatDocumentHead(candidate, 'fr')), plainSpacing(formatDocumentHead(candidate, 'en')), candidate.shortKey];
      const head = heads.find((each) => rest.includes(each));
      if (head) {
        document = candidate;
        rest = removeFirst(rest, head);
        break;
      }
    }
  }
  if (document) return { found: document, rest };
  const symbol = text.match(SYMBOL_LIKE)?.[0];
  return symbol ? { unknown: symbol } : { none: true };
}
