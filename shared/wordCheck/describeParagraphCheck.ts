import type { ParagraphCheck, PrecedentMatch } from '../check/model';
import { formatCitation } from '../citation/formatCitation';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Lang } from '../corpus/model';
import type { CitationFinding, WordParagraphCheck } from './model';
import { WORD_CHECK_LABELS, type WordCheckLabels } from './wordCheckLabels';

/** Beyond this many changes the comparison is better read in the app than in a comment. */
const LISTED_CHANGES = 6;

const percent = (share: number) => Math.round(share * 100);

function cite(index: CorpusIndex, ids: readonly string[], lang: Lang): string {
  const known = ids.filter((id) => index.paragraphs.has(id));
  return known.length ? formatCitation(index, known, lang, 'typographic') : ids.join(', ');
}

function changeLines(match: PrecedentMatch, labels: WordCheckLabels): string[] {
  const parts = (match.comparison ?? []).filter((part) => part.kind !== 'same');
  if (parts.length === 0 || parts.length > LISTED_CHANGES) return [];
  const described = parts.map((part) =>
    part.kind === 'replaced' ? labels.replaced(part.precedentText, part.draftText) : part.kind === 'added' ? labels.added(part.draftText) : labels.removed(part.precedentText),
  );
  return [labels.changes(described)];
}

function findingLine(index: CorpusIndex, finding: CitationFinding, lang: Lang, labels: WordCheckLabels): string {
  switch (finding.kind) {
    case 'correct':
      return labels.correct(finding.citation.text);
    case 'other-paragraph':
      return labels.otherParagraph(finding.citation.text, cite(index, finding.cited, lang), finding.quoted.length ? cite(index, finding.quoted, lang) : null);
    case 'nonexistent-paragraph':
      return labels.nonexistent(finding.citation.text, finding.locators);
    case 'unknown-document':
      return labels.unknownDocument(finding.citation.text, finding.document);
    case 'unverifiable':
      return labels.unverifiable(finding.citation.text);
    case 'missing':
      return labels.missing(finding.quoted.map((id) => cite(index, [id], lang)));
  }
}

function verdictLines(index: CorpusIndex, check: ParagraphCheck, lang: Lang, labels: WordCheckLabels): string[] {
  const best = check.precedents[0];
  if (check.verdict === 'no-precedents-in-language') return [`${labels.verdict[check.verdict]}.`];
  if (check.verdict === 'verbatim' && best) return [labels.verbatimFrom(cite(index, [best.paragraphId], lang))];
  const lines = [`${labels.verdict[check.verdict]}.`];
  if (best && (check.verdict === 'modified' || best.similarity >= 0.4)) lines.push(labels.closest(cite(index, [best.paragraphId], lang), percent(best.similarity)));
  if (check.coverage > 0) lines.push(labels.coverage(percent(check.coverage)));
  // Where the words come from, when that is more than the closest precedent says.
  const sources = [...new Set(check.spans.flatMap((span) => (span.source ? [span.source.paragraphId] : [])))];
  if (sources.length > 1 || (sources.length === 1 && sources[0] !== best?.paragraphId)) lines.push(labels.sources(sources.map((id) => cite(index, [id], lang))));
  // New wording is not an edit of its closest precedent: its changes, strength included, say nothing.
  if (check.verdict !== 'modified' || !best) return lines;
  lines.push(...changeLines(best, labels));
  const change = best.strengthChange;
  if (change) lines.push(labels.strengthChange(change.direction, change.removed.map((marker) => marker.phrase), change.added.map((marker) => marker.phrase)));
  lines.push(...best.commitmentChanges.map((commitment) => labels.commitmentChange(commitment)));
  return lines;
}

/**
 * The comment the annotated copy anchors on a paragraph: verdict, closest precedent, changes,
 * citations, tracked changes. Citations are in the document's language (`lang`); the sentences
 * around them in `labelLang` (the command line writes English whatever the document's language).
 */
export function describeParagraphCheck(index: CorpusIndex, paragraph: WordParagraphCheck, lang: Lang, labelLang: Lang = lang): string[] {
  const labels = WORD_CHECK_LABELS[labelLang];
  const lines = verdictLines(index, paragraph.check, lang, labels);
  lines.push(...paragraph.findings.map((finding) => findingLine(index, finding, lang, labels)));
  if (paragraph.before) {
    const authors = [...new Set(paragraph.changes.map((change) => change.author ?? labels.unknownAuthor))];
    lines.push(labels.trackedChanges(authors, labels.verdict[paragraph.before.verdict], labels.verdict[paragraph.check.verdict]));
  }
  return lines;
}
