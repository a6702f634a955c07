import { Paragraph } from 'docx';
import { citedRuns } from '../draft/citationRule';
import type { DraftContent, DraftParagraph, DraftSection } from '../draft/model';
import { STYLE } from './docxStyles';
import { listNumbering, placeListItems } from './listNumbering';
import { renderRuns, type RunContext } from './renderRuns';

export type { DraftSection };

export interface SectionParagraph {
  section: DraftSection;
  paragraph: DraftParagraph;
}

/** Empty paragraphs (a blank line left in the editor) would take an operative number: they are left out. */
function hasContent(paragraph: DraftParagraph): boolean {
  return paragraph.runs.some((run) => run.type !== 'text' || run.text.trim() !== '');
}

/**
 * The draft's paragraphs in document order, preamble then operative part, each citation on the
 * agreed language it cites (shared/draft/citationRule.ts): the one paragraph model every export reads.
 */
export function sectionParagraphs(content: DraftContent): SectionParagraph[] {
  return (['preamble', 'operative'] as const).flatMap((section) =>
    content[section]
      .map((paragraph) => ({ ...paragraph, runs: citedRuns(paragraph.runs) }))
      .filter(hasContent)
      .map((paragraph) => ({ section, paragraph })),
  );
}

/** Headings and list items are never numbered; operative paragraphs take Word's numbering through their style. */
export function paragraphStyle({ section, paragraph }: SectionParagraph): string {
  if (paragraph.style === 'heading') return STYLE.draftHeading;
  if (paragraph.list) return STYLE.listItem;
  return section === 'preamble' ? STYLE.preambular : STYLE.operative;
}

export function draftParagraphs(content: DraftContent, context: RunContext): Paragraph[] {
  const items = sectionParagraphs(content);
  const lists = placeListItems(items);
  return items.map((item, position) => {
    const list = lists[position];
    return new Paragraph({
      style: paragraphStyle(item),
      ...(list ? { numbering: listNumbering(list, context.lang) } : {}),
      children: renderRuns(item.paragraph.runs, context),
    });
  });
}
