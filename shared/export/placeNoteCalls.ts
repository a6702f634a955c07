import type { ExportRun } from './renderRuns';

const FINAL_PUNCTUATION = /[.,;:]$/u;

/**
 * French typography puts a footnote call before the punctuation that closes the words it
 * annotates ("migrants¹." where English has "migrants.¹"). The punctuation moves after the call in
 * a run of its own; the words themselves are unchanged. Agreed language is only split when its
 * corpus text ends with the same mark, so the marked-changes view still compares like with like.
 */
export function placeNoteCallsBeforePunctuation(runs: readonly ExportRun[]): ExportRun[] {
  const placed: ExportRun[] = [];
  for (const run of runs) {
    const previous = placed.at(-1);
    const mark = previous && previous.type !== 'citation' ? FINAL_PUNCTUATION.exec(previous.text)?.[0] : undefined;
    if (run.type !== 'citation' || !previous || previous.type === 'citation' || mark === undefined) {
      placed.push(run);
      continue;
    }
    if (previous.type === 'precedent') {
      if (!previous.sourceText.endsWith(mark)) {
        placed.push(run);
        continue;
      }
      placed[placed.length - 1] = { ...previous, text: previous.text.slice(0, -1), sourceText: previous.sourceText.slice(0, -1) };
      placed.push(run, { type: 'text', text: mark });
    } else {
      placed[placed.length - 1] = { ...previous, text: previous.text.slice(0, -1) };
      placed.push(run, { ...previous, text: mark });
    }
  }
  return placed;
}
