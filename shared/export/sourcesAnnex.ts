import { Paragraph } from 'docx';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Lang } from '../corpus/model';
import type { DraftContent } from '../draft/model';
import { STYLE } from './docxStyles';
import { EXPORT_LABELS } from './exportLabels';
import { precedentEntry } from './precedentEntry';
import { textRuns } from './renderRuns';

/** Paragraphs the draft cites or quotes, once each, in the order the draft first uses them. */
export function citedParagraphIds(content: DraftContent): string[] {
  const ids = new Set<string>();
  for (const paragraph of [...content.preamble, ...content.operative]) {
    for (const run of paragraph.runs) {
      if (run.type === 'citation' || run.type === 'precedent') ids.add(run.paragraphId);
    }
  }
  return [...ids];
}

export function sourcesAnnex(index: CorpusIndex, content: DraftContent, lang: Lang): Paragraph[] {
  const ids = citedParagraphIds(content);
  if (ids.length === 0) return [];
  return [
    new Paragraph({ style: STYLE.annexHeading, pageBreakBefore: true, children: textRuns(EXPORT_LABELS[lang].sources, lang) }),
    ...ids.flatMap((id) => precedentEntry(index, id, lang)),
  ];
}
