import type { DraftParagraph } from '../draft/model';
import { resolvedRuns } from './cleanText';
import type { NegotiationSetup } from './model';

export interface ParagraphReading {
  /** "Alt 2" when the paragraph has alternatives of wording; absent otherwise. */
  alternative?: string;
  text: string;
}

/**
 * The paragraph as each of its alternatives of wording would make it read (the other groups at
 * Alt 1, every other proposal's words kept): what the precedent check reads, so that it can say
 * for each alternative whether it is agreed language and where it comes from.
 */
export function paragraphReadings(paragraph: DraftParagraph, setup: NegotiationSetup): ParagraphReading[] {
  const ids = new Set(paragraph.runs.flatMap((run) => run.marks ?? []));
  const groups = new Map<string, number[]>();
  for (const id of ids) {
    const mark = setup.marks[id];
    if (mark?.kind === 'alternative') groups.set(mark.group, [...(groups.get(mark.group) ?? []), mark.index].sort((a, b) => a - b));
  }
  if (groups.size === 0) return [{ text: wordsOf(paragraph, { ...setup, choices: { marks: {}, alternatives: {} } }) }];
  return [...groups].flatMap(([group, indexes]) =>
    indexes.map((index) => {
      const choices = { marks: {}, alternatives: { [group]: index } };
      return { alternative: `Alt ${index}`, text: wordsOf(paragraph, { ...setup, choices }) };
    }),
  );
}

function wordsOf(paragraph: DraftParagraph, setup: NegotiationSetup): string {
  return resolvedRuns(paragraph.runs, setup)
    .map((run) => (run.type === 'citation' ? '' : run.text))
    .join('');
}
