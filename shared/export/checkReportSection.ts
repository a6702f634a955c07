import { Paragraph, TextRun } from 'docx';
import { citationSeparator } from '../citation/formatCitation';
import type { ParagraphCheck, PrecedentMatch, StrengthChange } from '../check/model';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Lang } from '../corpus/model';
import { CHECK_REPORT_LABELS, type CheckReportLabels } from './checkReportLabels';
import { citeParagraph } from './citeParagraph';
import { comparisonSegments } from './comparisonSegments';
import { STYLE } from './docxStyles';
import { verdictCounts, type CheckReportEntry, type DraftCheckReport } from './draftCheckReport';
import { textRuns } from './renderRuns';
import { reportSourceIds } from './reportSourceIds';

const percent = (share: number) => Math.round(share * 100);

function citationWithRef(index: CorpusIndex, paragraphId: string, lang: Lang): string {
  const ref = index.paragraphs.get(paragraphId)?.compendiumRef;
  return ref ? `${citeParagraph(index, paragraphId, lang)} (${ref})` : citeParagraph(index, paragraphId, lang);
}

function sourcesParagraph(index: CorpusIndex, check: ParagraphCheck, lang: Lang, labels: CheckReportLabels): Paragraph {
  const ids = reportSourceIds(check);
  const similarity = new Map(check.precedents.map((match) => [match.paragraphId, match.similarity]));
  const listed = ids.map((id) => {
    const share = similarity.get(id);
    return share === undefined ? citationWithRef(index, id, lang) : `${citationWithRef(index, id, lang)}, ${labels.similarity(percent(share))}`;
  });
  return new Paragraph({
    style: STYLE.sourceText,
    children: [...textRuns(`${labels.sources} `, lang, { bold: true }), ...textRuns(listed.length > 0 ? listed.join(citationSeparator(lang, 'typographic')) : labels.noSources, lang)],
  });
}

function strengthParagraph(change: StrengthChange, lang: Lang, labels: CheckReportLabels): Paragraph {
  const phrases = (markers: StrengthChange['removed']) => markers.map((marker) => labels.quote(marker.phrase)).join(', ');
  return new Paragraph({
    style: STYLE.sourceText,
    children: [...textRuns(`${labels.strength[change.direction]} `, lang, { bold: true }), ...textRuns(`${phrases(change.removed) || '—'} → ${phrases(change.added) || '—'}`, lang)],
  });
}

/** The paragraph marked against its closest precedent: deleted words struck through, added words underlined. */
function markedParagraphs(index: CorpusIndex, check: ParagraphCheck, best: PrecedentMatch, lang: Lang, labels: CheckReportLabels): Paragraph[] {
  if (!best.comparison) return [];
  const runs = comparisonSegments(check.text, best.comparison).flatMap((segment): TextRun[] => {
    switch (segment.kind) {
      case 'same':
        return textRuns(segment.text, check.lang);
      case 'added':
        return textRuns(segment.added, check.lang, { underline: true });
      case 'removed':
        return textRuns(segment.removed, check.lang, { strike: true });
      case 'replaced':
        return [...textRuns(segment.removed, check.lang, { strike: true }), ...textRuns(' ', check.lang), ...textRuns(segment.added, check.lang, { underline: true })];
    }
  });
  return [
    new Paragraph({ style: STYLE.sourceText, children: textRuns(labels.changesAgainst(citeParagraph(index, best.paragraphId, lang)), lang, { style: STYLE.note }) }),
    new Paragraph({ style: STYLE.sourceText, children: runs }),
  ];
}

function entryParagraphs(index: CorpusIndex, entry: CheckReportEntry, lang: Lang, labels: CheckReportLabels): Paragraph[] {
  const { check } = entry;
  const best = check.precedents[0];
  const heading = [labels.entry(entry.section, entry.position), labels.verdict[check.verdict]];
  if (check.verdict !== 'no-precedents-in-language') heading.push(labels.coverage(percent(check.coverage)));
  const paragraphs = [new Paragraph({ style: STYLE.sourceCitation, children: textRuns(heading.join(' — '), lang) })];
  if (check.verdict === 'modified' && best?.comparison) paragraphs.push(...markedParagraphs(index, check, best, lang, labels));
  else paragraphs.push(new Paragraph({ style: STYLE.sourceText, children: textRuns(check.text, check.lang) }));
  if (check.verdict !== 'no-precedents-in-language') paragraphs.push(sourcesParagraph(index, check, lang, labels));
  if (best?.strengthChange) paragraphs.push(strengthParagraph(best.strengthChange, lang, labels));
  if (best && best.alsoAdoptedAs.length > 0 && check.verdict !== 'new') {
    const others = best.alsoAdoptedAs.map((id) => citationWithRef(index, id, lang)).join(citationSeparator(lang, 'typographic'));
    paragraphs.push(new Paragraph({ style: STYLE.sourceText, children: [...textRuns(`${labels.alsoAdoptedAs} `, lang, { bold: true }), ...textRuns(others, lang)] }));
  }
  return paragraphs;
}

/** The whole-draft check as an annex: each paragraph with its verdict, its sources and what changed. */
export function checkReportSection(index: CorpusIndex, report: DraftCheckReport, lang: Lang): Paragraph[] {
  const labels = CHECK_REPORT_LABELS[lang];
  return [
    new Paragraph({ style: STYLE.annexHeading, pageBreakBefore: true, children: textRuns(labels.heading, lang) }),
    new Paragraph({ style: STYLE.sourceText, children: textRuns(labels.summary(verdictCounts(report.entries)), lang) }),
    ...report.entries.flatMap((entry) => entryParagraphs(index, entry, lang, labels)),
  ];
}
