import { Tab, TextRun, type ParagraphChild } from 'docx';
import type { Lang } from '../corpus/model';
import type { ViewParagraph, ViewSegment } from '../negotiation/bracketedView';
import { paragraphHead } from '../negotiation/views';
import { NEGOTIATION_STYLE } from './negotiationStyles';
import { renderRuns, textRuns, type ExportRun, type RunContext } from './renderRuns';

const PROPOSAL_STYLE = { deletion: NEGOTIATION_STYLE.proposedDeletion, insertion: NEGOTIATION_STYLE.proposedInsertion } as const;

/**
 * A view's segments as runs to export: the draft's runs (a proposed deletion or insertion in its
 * character style) and the words the view adds, in the view's language and styles. One list, so
 * footnote calls and inline citations are placed across brackets as in any paragraph.
 */
export function segmentRuns(segments: readonly ViewSegment[]): ExportRun[] {
  return segments.map((segment): ExportRun => {
    if (segment.type === 'added') {
      return { type: 'note', text: segment.text, style: segment.role === 'note' ? NEGOTIATION_STYLE.negotiationNote : NEGOTIATION_STYLE.negotiationMark };
    }
    return segment.proposal ? { ...segment.run, style: PROPOSAL_STYLE[segment.proposal] } : segment.run;
  });
}

export function renderSegments(segments: readonly ViewSegment[], context: RunContext): ParagraphChild[] {
  return renderRuns(segmentRuns(segments), context);
}

/** "OP2 Alt 2 (Mexique) [convenu ad ref.]" then a tab to the text (the labelled paragraph's hanging indent). */
export function paragraphHeadRuns(paragraph: ViewParagraph, lang: Lang): ParagraphChild[] {
  if (!paragraph.label) return [];
  // The plain-text view's head without the label: "(Mexique) [convenu ad ref.]".
  const tags = paragraphHead({ ...paragraph, label: undefined }, lang);
  return [
    ...textRuns(paragraph.label, lang, { style: NEGOTIATION_STYLE.paragraphLabel }),
    ...(tags ? textRuns(` ${tags}`, lang, { style: NEGOTIATION_STYLE.negotiationMark }) : []),
    new TextRun({ children: [new Tab()] }),
  ];
}
