import type { Lang } from '../corpus/model';
import type { DraftContent, DraftRun } from '../draft/model';
import { bracketedParagraphs, type ViewParagraph, type ViewSegment } from './bracketedView';
import { cleanContent } from './cleanText';
import { compilationRows } from './compilationView';
import { VIEW_WORDS } from './viewWords';

export const NEGOTIATION_VIEWS = ['bracketed', 'compilation', 'clean'] as const;
export type NegotiationView = (typeof NEGOTIATION_VIEWS)[number];

/** The citation of a corpus paragraph as the reader writes it ("CTOC/COP/WG.7/2012/6, par. 25"). */
export type CiteParagraph = (paragraphId: string) => string;

/** A view as plain text, one paragraph a line (the command line's `render`). */
export function negotiationViewText(content: DraftContent, lang: Lang, view: NegotiationView, cite: CiteParagraph): string {
  switch (view) {
    case 'bracketed':
      return bracketedParagraphs(content, lang)
        .map((paragraph) => [paragraphHead(paragraph, lang), segmentsPlainText(paragraph.segments, cite)].filter(Boolean).join(' '))
        .join('\n');
    case 'compilation': {
      const headings = VIEW_WORDS[lang].compilationHeadings;
      const rows = compilationRows(content, lang).map((row) =>
        [row.view.label ?? '', segmentsPlainText(row.view.segments, cite), row.sponsors.join(', '), row.status].join(' | '),
      );
      return [[headings.label, headings.text, headings.sponsors, headings.status].join(' | '), ...rows].join('\n');
    }
    case 'clean':
      return cleanText(cleanContent(content), cite);
  }
}

/** "OP2 Alt 2 (Mexique) [convenu ad ref.]" */
export function paragraphHead(paragraph: ViewParagraph, lang: Lang): string {
  return [
    paragraph.label,
    paragraph.sponsors.length > 0 ? `(${paragraph.sponsors.join(', ')})` : undefined,
    paragraph.status ? `[${VIEW_WORDS[lang].status[paragraph.status.value]}]` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
}

/** A view's segments as plain text, citations written by `cite`. */
export function segmentsPlainText(segments: readonly ViewSegment[], cite: CiteParagraph): string {
  return segments.map((segment) => (segment.type === 'added' ? segment.text : runText(segment.run, cite))).join('');
}

function runText(run: DraftRun, cite: CiteParagraph): string {
  return run.type === 'citation' ? ` (${cite(run.paragraphId)})` : run.text;
}

/** The clean text numbers its operative paragraphs afresh, as the Word export does. */
function cleanText(content: DraftContent, cite: CiteParagraph): string {
  const line = (runs: readonly DraftRun[]) => runs.map((run) => runText(run, cite)).join('');
  let number = 0;
  const operative = content.operative.map((paragraph) => {
    if (paragraph.style === 'heading') return line(paragraph.runs);
    if (paragraph.list) return `${'  '.repeat(paragraph.list.level + 1)}- ${line(paragraph.runs)}`;
    number += 1;
    return `${number}. ${line(paragraph.runs)}`;
  });
  return [...content.preamble.map((paragraph) => line(paragraph.runs)), ...operative].join('\n');
}
