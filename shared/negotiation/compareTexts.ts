import { diffArrays } from 'diff';
import type { Lang } from '../corpus/model';
import type { DraftContent, DraftParagraph, DraftSection } from '../draft/model';
import { diffWords, type WordChange } from '../draft/diffWords';
import { bracketedParagraphs, type ViewParagraph } from './bracketedView';
import { labelKey } from './labels';
import type { ParagraphStatus } from './model';
import { segmentsPlainText } from './views';

export interface ParagraphComparison {
  /** Which paragraph this is, across versions (`paragraphKey`). */
  key: string;
  section: DraftSection;
  /** The paragraph's label ("OP2", "OP3 bis Alt 2"); absent for headings and list items. */
  label?: string;
  kind: 'same' | 'changed' | 'added' | 'removed';
  before?: string;
  after?: string;
  /** Word by word, `after` against `before`; empty for a paragraph only on one side. */
  changes: WordChange[];
  statusBefore?: ParagraphStatus;
  statusAfter?: ParagraphStatus;
}

interface ComparedParagraph {
  key: string;
  view: ViewParagraph;
  text: string;
}

/**
 * Two versions of a draft (two reading rounds, or this window's text and the one another window
 * saved) paragraph by paragraph and word by word. Paragraphs are matched by label, which never
 * changes while a text is negotiated; paragraphs without one (headings, list items) by their text
 * and place. Brackets, sponsors and citations (as paragraph ids) are part of the compared text.
 */
export function compareTexts(before: DraftContent, after: DraftContent, lang: Lang): ParagraphComparison[] {
  const old = comparedParagraphs(before, lang);
  const now = comparedParagraphs(after, lang);
  const rows: ParagraphComparison[] = [];
  let o = 0;
  let n = 0;
  for (const part of diffArrays(old, now, { comparator: (a, b) => a.key === b.key })) {
    for (let k = 0; k < part.count; k += 1) {
      if (part.added) rows.push(oneSided(now[n++]!, 'added'));
      else if (part.removed) rows.push(oneSided(old[o++]!, 'removed'));
      else rows.push(bothSides(old[o++]!, now[n++]!));
    }
  }
  return rows;
}

function bothSides(before: ComparedParagraph, after: ComparedParagraph): ParagraphComparison {
  const statusBefore = before.view.status;
  const statusAfter = after.view.status;
  const sameStatus = JSON.stringify(statusBefore) === JSON.stringify(statusAfter);
  return {
    key: after.key,
    section: after.view.section,
    ...(after.view.label ? { label: after.view.label } : {}),
    kind: before.text === after.text && sameStatus ? 'same' : 'changed',
    before: before.text,
    after: after.text,
    changes: diffWords(before.text, after.text),
    ...(statusBefore ? { statusBefore } : {}),
    ...(statusAfter ? { statusAfter } : {}),
  };
}

function oneSided(paragraph: ComparedParagraph, kind: 'added' | 'removed'): ParagraphComparison {
  const side = kind === 'added' ? 'after' : 'before';
  const status = paragraph.view.status;
  return {
    key: paragraph.key,
    section: paragraph.view.section,
    ...(paragraph.view.label ? { label: paragraph.view.label } : {}),
    kind,
    [side]: paragraph.text,
    changes: [],
    ...(status ? { [kind === 'added' ? 'statusAfter' : 'statusBefore']: status } : {}),
  };
}

/** A labelled paragraph is known by its label and alternative; any other by its text. */
export function paragraphKey(section: DraftSection, paragraph: DraftParagraph, text: string): string {
  const { label, alternative } = paragraph.negotiation ?? {};
  return label ? `${labelKey(section, label)}/${alternative?.index ?? 0}` : `${section}:text:${text}`;
}

function comparedParagraphs(content: DraftContent, lang: Lang): ComparedParagraph[] {
  return bracketedParagraphs(content, lang).map((view) => {
    const text = segmentsPlainText(view.segments, (id) => id);
    return { key: paragraphKey(view.section, view.paragraph, text), view, text };
  });
}

export interface ParagraphVersion {
  /** The round's title, or undefined for the text as it stands now. */
  round?: string;
  date?: string;
  comparison: ParagraphComparison;
}

/**
 * One paragraph through the rounds: for each round after the first (and the text as it stands),
 * the paragraph compared with the round before. `key` is the paragraph's label key with its
 * alternative index (`operative:3.1/0`), as `paragraphKey` gives it.
 */
export function paragraphHistory(
  rounds: readonly { title: string; date: string; content: DraftContent }[],
  current: DraftContent,
  key: string,
  lang: Lang,
): ParagraphVersion[] {
  const versions = [...rounds.map((round) => ({ round: round.title, date: round.date, content: round.content })), { content: current }];
  const history: ParagraphVersion[] = [];
  versions.forEach((version, i) => {
    const previous = i === 0 ? { preamble: [], operative: [] } : versions[i - 1]!.content;
    const row = compareTexts(previous, version.content, lang).find((comparison) => comparison.key === key);
    if (row) history.push({ ...('round' in version ? { round: version.round, date: version.date } : {}), comparison: row });
  });
  return history;
}
