import type { PrecedentChecker } from '../check/createPrecedentChecker';
import { detectLanguage } from '../check/detectLanguage';
import type { ParagraphCheck, Verdict } from '../check/model';
import type { Lang } from '../corpus/model';
import type { DraftContent, DraftParagraph, DraftSection } from '../draft/model';

export type CheckedSection = DraftSection;

/** A paragraph of a draft as the check reads it: its words, citations left out. */
export interface CheckedParagraph {
  section: CheckedSection;
  text: string;
}

export interface CheckReportEntry {
  section: CheckedSection;
  /** 1-based position among the section's checked paragraphs (headings are not checked). */
  position: number;
  check: ParagraphCheck;
}

/** The whole-draft precedent check, shown on screen and exported as an annex of the Word draft. */
export interface DraftCheckReport {
  /** One entry per checked paragraph, in draft order. */
  entries: CheckReportEntry[];
}

/** What a paragraph says: its text and agreed language (sub-items on their own lines); citations are not wording. */
export function draftParagraphText(paragraph: DraftParagraph): string {
  return paragraph.runs.map((run) => (run.type === 'citation' ? '' : run.text)).join('');
}

/** The paragraphs of a draft that the check reads: headings and blank paragraphs are not negotiated text. */
export function checkedParagraphs(content: DraftContent): CheckedParagraph[] {
  return (['preamble', 'operative'] as const).flatMap((section) =>
    content[section]
      .filter((paragraph) => paragraph.style !== 'heading')
      .map((paragraph) => ({ section, text: draftParagraphText(paragraph) }))
      .filter((paragraph) => paragraph.text.trim() !== ''),
  );
}

/**
 * Checks each paragraph on its own. Its language is detected (agreed language kept in French in an
 * English draft is checked as French); the draft's language decides only when the words give no
 * signal.
 */
export function checkParagraphs(checker: PrecedentChecker, paragraphs: readonly CheckedParagraph[], draftLang: Lang): DraftCheckReport {
  const positions: Record<CheckedSection, number> = { preamble: 0, operative: 0 };
  return {
    entries: paragraphs.map((paragraph) => ({
      section: paragraph.section,
      position: (positions[paragraph.section] += 1),
      check: checker.checkParagraph(paragraph.text, { lang: detectLanguage(paragraph.text) ?? draftLang }),
    })),
  };
}

export function draftCheckReport(checker: PrecedentChecker, draft: { lang: Lang; content: DraftContent }): DraftCheckReport {
  return checkParagraphs(checker, checkedParagraphs(draft.content), draft.lang);
}

export function verdictCounts(checked: readonly { check: ParagraphCheck }[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { verbatim: 0, modified: 0, new: 0, 'no-precedents-in-language': 0 };
  for (const { check } of checked) counts[check.verdict] += 1;
  return counts;
}
