import type { DraftContent } from './model';

/** The corpus paragraphs a draft quotes or cites, each once, in the draft's order. */
export function draftParagraphIds(content: DraftContent): string[] {
  const ids = new Set<string>();
  for (const paragraph of [...content.preamble, ...content.operative]) {
    for (const run of paragraph.runs) if (run.type !== 'text') ids.add(run.paragraphId);
  }
  return [...ids];
}
