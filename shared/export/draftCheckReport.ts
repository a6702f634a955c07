import type { PrecedentChecker } from '../check/createPrecedentChecker';
import { checkDraftText } from '../check/checkDraftText';
import type { ParagraphCheck, Verdict } from '../check/model';
import type { Lang } from '../corpus/model';
import type { DraftContent, DraftParagraph, DraftSection } from '../draft/model';
import { paragraphReadings } from '../negotiation/alternativeReadings';
import { isNegotiated } from '../negotiation/isNegotiated';
import { formatLabel } from '../negotiation/labels';
import { labelledContent, negotiationSetupOf } from '../negotiation/labelledContent';

export type CheckedSection = DraftSection;

/** A paragraph of a draft as the check reads it: its words, citations left out. */
export interface CheckedParagraph {
  section: CheckedSection;
  text: string;
  /** Its label in the negotiating text, with the alternative read ("OP2 Alt 2", "OP3 — Alt 2"). */
  label?: string;
  /** Position among the draft's checked paragraphs (headings and blank ones left out), shared by a paragraph's alternative readings. */
  paragraphIndex: number;
}

export interface CheckReportEntry {
  section: CheckedSection;
  label?: string;
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

/**
 * The paragraphs of a draft that the check reads: headings and blank paragraphs are not negotiated
 * text. A paragraph with alternatives of wording is read once per alternative.
 */
export function checkedParagraphs(content: DraftContent): CheckedParagraph[] {
  const setup = negotiationSetupOf(content);
  const labelled = labelledContent(content);
  // Labels name paragraphs once the text is negotiated; an ordinary draft's are by part and position.
  const named = isNegotiated(content);
  let paragraphIndex = -1;
  return (['preamble', 'operative'] as const).flatMap((section) =>
    labelled[section]
      .filter((paragraph) => paragraph.style !== 'heading' && draftParagraphText(paragraph).trim() !== '')
      .flatMap((paragraph) => {
        paragraphIndex += 1;
        const label = named ? paragraphLabel(paragraph, section, setup.prefixes) : undefined;
        return paragraphReadings(paragraph, setup).map((reading) => ({
          section,
          text: reading.text,
          paragraphIndex,
          ...(label || reading.alternative ? { label: [label, reading.alternative].filter(Boolean).join(' — ') } : {}),
        }));
      }),
  );
}

function paragraphLabel(paragraph: DraftParagraph, section: DraftSection, prefixes: Parameters<typeof formatLabel>[0]): string | undefined {
  const { label, alternative } = paragraph.negotiation ?? {};
  if (!label) return undefined;
  return `${formatLabel(prefixes, section, label)}${alternative ? ` Alt ${alternative.index}` : ''}`;
}

/**
 * Checks each paragraph on its own. Its language is detected (agreed language kept in French in an
 * English draft is checked as French); the draft's language decides only when the words give no
 * signal.
 */
export function checkParagraphs(checker: Pick<PrecedentChecker, 'checkParagraph'>, paragraphs: readonly CheckedParagraph[], draftLang: Lang): DraftCheckReport {
  return reportOf(paragraphs, paragraphs.map((paragraph) => checkDraftText(checker, paragraph.text, draftLang)));
}

/** The report on paragraphs checked elsewhere (the host): `checks` has one result per paragraph, in order. */
export function reportOf(paragraphs: readonly CheckedParagraph[], checks: readonly ParagraphCheck[]): DraftCheckReport {
  const positions: Record<CheckedSection, number> = { preamble: 0, operative: 0 };
  let previous = -1;
  return {
    entries: paragraphs.map((paragraph, i) => {
      // The alternative readings of one paragraph share its position.
      if (paragraph.paragraphIndex !== previous) positions[paragraph.section] += 1;
      previous = paragraph.paragraphIndex;
      return {
        section: paragraph.section,
        ...(paragraph.label ? { label: paragraph.label } : {}),
        position: positions[paragraph.section],
        check: checks[i]!,
      };
    }),
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
