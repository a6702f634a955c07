import { Paragraph } from 'docx';
import type { DraftContent } from '../draft/model';
import { bracketedParagraphs } from '../negotiation/bracketedView';
import { paragraphStyle } from './draftParagraphs';
import { listNumbering, placeListItems } from './listNumbering';
import { NEGOTIATION_STYLE } from './negotiationStyles';
import type { RunContext } from './renderRuns';
import { paragraphHeadRuns, renderSegments } from './viewRuns';

/**
 * The negotiating text as it circulates: each labelled paragraph led by its label, sponsors and
 * status (the label is its number, so it never renumbers), then its text with every proposal
 * between brackets. Headings and list items keep the draft's styles and lists.
 */
export function bracketedViewParagraphs(content: DraftContent, context: RunContext): Paragraph[] {
  const views = bracketedParagraphs(content, context.lang);
  const lists = placeListItems(views);
  return views.map((view, position) => {
    const list = lists[position];
    return new Paragraph({
      style: view.label ? NEGOTIATION_STYLE.labelledParagraph : paragraphStyle(view),
      ...(list ? { numbering: listNumbering(list, context.lang) } : {}),
      children: [...paragraphHeadRuns(view, context.lang), ...renderSegments(view.segments, context)],
    });
  });
}
