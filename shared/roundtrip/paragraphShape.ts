import type { ParagraphPart } from '../docx/model';
import type { DraftContent, DraftParagraph, DraftRun, DraftSection } from '../draft/model';
import type { ListKindOf } from './listKinds';
import type { WordRunParagraph } from './readWordRuns';

// The export's own style ids (shared/export/docxStyles.ts) and Word's usual heading styles.
const HEADING = /^(?:DraftHeading|Heading\d*|Titre\d*|Subtitle)$/i;
const LIST_ITEM = 'DraftListItem';
/** "Alt 2", "Alt. 2 :", typed at the start of a paragraph: one version of the paragraph before. */
const ALTERNATIVE = /^\s*Alt\.?\s*(\d{1,2})\s*[:.)\u2013-]?\s*/u;

function sectionOf(paragraph: WordRunParagraph, guessed: ParagraphPart): DraftSection {
  if (paragraph.style === 'PreambularParagraph') return 'preamble';
  if (paragraph.style === 'OperativeParagraph') return 'operative';
  return guessed === 'preamble' ? 'preamble' : 'operative';
}

/** Strips a typed "Alt n" from the first text run; its index, or null. */
function takeAlternative(runs: DraftRun[]): number | null {
  const first = runs[0];
  if (first?.type !== 'text') return null;
  const match = ALTERNATIVE.exec(first.text);
  if (!match) return null;
  first.text = first.text.slice(match[0].length);
  if (first.text === '') runs.shift();
  return Number(match[1]);
}

/**
 * Where a paragraph goes and what it is: the export's styles say it for a document it wrote;
 * for another, the paragraph's form (`guessed`: shared/docx/paragraphPart), the preamble ending
 * at the first operative paragraph.
 */
export function paragraphShape(paragraph: WordRunParagraph, runs: DraftRun[], guessed: ParagraphPart, listKind: ListKindOf): { section: DraftSection; paragraph: DraftParagraph } {
  const section = sectionOf(paragraph, guessed);
  if (HEADING.test(paragraph.style ?? '')) return { section, paragraph: { style: 'heading', runs } };
  if (paragraph.style === LIST_ITEM || (paragraph.list && paragraph.style !== null && /list/i.test(paragraph.style))) {
    const level = paragraph.list?.level ?? 0;
    return { section, paragraph: { style: 'body', list: { kind: listKind(paragraph.list?.numId ?? null, level), level }, runs } };
  }
  const alternative = takeAlternative(runs);
  return { section, paragraph: { style: 'body', runs, ...(alternative ? { negotiation: { alternative: { index: alternative, sponsors: [] } } } : {}) } };
}

/**
 * Labels for a text with paragraph alternatives: the alternatives after the first share the
 * label of the paragraph before them; the other body paragraphs are numbered in order.
 */
export function numberLabels(content: DraftContent): void {
  if (![...content.preamble, ...content.operative].some((paragraph) => paragraph.negotiation?.alternative)) return;
  for (const section of ['preamble', 'operative'] as const) {
    let number = 0;
    for (const paragraph of content[section]) {
      if (paragraph.style === 'heading' || paragraph.list) continue;
      const index = paragraph.negotiation?.alternative?.index ?? 1;
      if (index === 1 || number === 0) number += 1;
      paragraph.negotiation = { ...paragraph.negotiation, label: { number, addendum: 0 } };
    }
  }
}
