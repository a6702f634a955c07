import { Paragraph } from 'docx';
import type { DraftContent, DraftParagraph } from '../draft/model';
import { STYLE } from './docxStyles';
import { renderRuns, type RunContext } from './renderRuns';

export type DraftSection = keyof DraftContent;

export interface SectionParagraph {
  section: DraftSection;
  paragraph: DraftParagraph;
}

/** Empty paragraphs (a blank line left in the editor) would take an operative number: they are left out. */
function hasContent(paragraph: DraftParagraph): boolean {
  return paragraph.runs.some((run) => run.type !== 'text' || run.text.trim() !== '');
}

/** The draft's paragraphs in document order: preamble, then operative part. */
export function sectionParagraphs(content: DraftContent): SectionParagraph[] {
  return [
    ...content.preamble.map((paragraph) => ({ section: 'preamble' as const, paragraph })),
    ...content.operative.map((paragraph) => ({ section: 'operative' as const, paragraph })),
  ].filter(({ paragraph }) => hasContent(paragraph));
}

/** Headings are never numbered; operative paragraphs take Word's numbering through their style. */
export function paragraphStyle({ section, paragraph }: SectionParagraph): string {
  if (paragraph.style === 'heading') return STYLE.draftHeading;
  return section === 'preamble' ? STYLE.preambular : STYLE.operative;
}

export function draftParagraphs(content: DraftContent, context: RunContext): Paragraph[] {
  return sectionParagraphs(content).map(
    (item) => new Paragraph({ style: paragraphStyle(item), children: renderRuns(item.paragraph.runs, context) }),
  );
}
