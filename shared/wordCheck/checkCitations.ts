import type { PrecedentChecker } from '../check/createPrecedentChecker';
import type { ParagraphCheck } from '../check/model';
import { parseCitation } from '../citation/parseCitation';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { CitationFinding, FoundCitation } from './model';

/** A source supplying less than this share of a paragraph's words need not be cited on its own... */
const CITED_SHARE = 0.25;
/** ...nor one supplying fewer words than this: a stock phrase ("la protection des migrants") is no quotation. */
const CITED_MIN_WORDS = 8;
/** Below this, the best precedent is not what the paragraph quotes. */
const QUOTED_SIMILARITY = 0.6;

/** The precedents a paragraph quotes, most words first: the sources of its spans, else its closest precedent. */
export function quotedPrecedents(check: ParagraphCheck): string[] {
  if (check.verdict !== 'verbatim' && check.verdict !== 'modified') return [];
  const words = new Map<string, number>();
  for (const span of check.spans) if (span.source) words.set(span.source.paragraphId, (words.get(span.source.paragraphId) ?? 0) + span.words);
  const best = check.precedents[0];
  if (best && best.similarity >= QUOTED_SIMILARITY && !words.has(best.paragraphId)) words.set(best.paragraphId, best.sameWords);
  // Stitched or embedded: the best precedent may supply few of the words while another supplies many.
  return [...words]
    .filter(([id, count]) => (count >= CITED_SHARE * check.words && count >= CITED_MIN_WORDS) || (id === best?.paragraphId && best.similarity >= QUOTED_SIMILARITY))
    .sort(([, a], [, b]) => b - a)
    .map(([id]) => id);
}

/** A cited paragraph covers the text of its sub-items and of its parent's chapeau, and the same text adopted again. */
function coveredBy(index: CorpusIndex, checker: PrecedentChecker, cited: readonly string[]): Set<string> {
  const covered = new Set<string>();
  const addDescendants = (id: string) => {
    covered.add(id);
    for (const child of index.paragraphs.get(id)?.childIds ?? []) addDescendants(child);
  };
  for (const id of cited) {
    addDescendants(id);
    for (let parent = index.paragraphs.get(id)?.parentId ?? null; parent; parent = index.paragraphs.get(parent)?.parentId ?? null) covered.add(parent);
  }
  for (const id of [...covered]) for (const same of checker.alsoAdoptedAs(id)) covered.add(same);
  return covered;
}

/**
 * Each citation checked against the wording it stands for, plus one "missing" finding per source
 * of agreed language left uncited. `contextDocumentId` is the document of the last citation
 * before this paragraph, for a citation that gives only a paragraph ("par. 25").
 */
export function checkCitations(
  index: CorpusIndex,
  checker: PrecedentChecker,
  check: ParagraphCheck,
  citations: readonly FoundCitation[],
  contextDocumentId: string | null,
): { findings: CitationFinding[]; lastDocumentId: string | null } {
  const quoted = quotedPrecedents(check);
  const findings: CitationFinding[] = [];
  const citedCover = new Set<string>();
  let lastDocumentId = contextDocumentId;
  for (const citation of citations) {
    const parsed = parseCitation(index, citation.text, { contextDocumentId: lastDocumentId });
    if (!parsed.ok) {
      if (parsed.problem === 'unknown-document') findings.push({ kind: 'unknown-document', citation, document: parsed.document });
      else if (parsed.problem === 'no-such-paragraph') findings.push({ kind: 'nonexistent-paragraph', citation, documentId: parsed.documentId, locators: parsed.locators });
      else findings.push({ kind: 'unverifiable', citation });
      if ('documentId' in parsed) lastDocumentId = parsed.documentId;
      continue;
    }
    lastDocumentId = parsed.documentId;
    const covered = coveredBy(index, checker, parsed.paragraphIds);
    for (const id of covered) citedCover.add(id);
    const matches = quoted.some((id) => covered.has(id));
    findings.push(matches ? { kind: 'correct', citation, cited: parsed.paragraphIds } : { kind: 'other-paragraph', citation, cited: parsed.paragraphIds, quoted });
  }
  const uncited = quoted.filter((id) => !citedCover.has(id));
  const anyCorrect = findings.some((finding) => finding.kind === 'correct');
  // A wrong citation already names what the text quotes; "missing" is for sources nobody cited.
  const wrongNamesThem = findings.some((finding) => finding.kind === 'other-paragraph');
  if (uncited.length > 0 && !wrongNamesThem && (citations.length === 0 || anyCorrect)) findings.push({ kind: 'missing', quoted: uncited });
  return { findings, lastDocumentId };
}
