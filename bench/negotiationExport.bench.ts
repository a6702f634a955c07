import { performance } from 'node:perf_hooks';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { indexCorpus } from '../shared/corpus/corpusIndex';
import { buildDraftDocx } from '../shared/export/buildDraftDocx';
import { NEGOTIATION_VIEWS } from '../shared/negotiation/views';
import { againstGoal } from './support/goals';
import { formatFigures, summarize } from './support/percentiles';
import { negotiatingText } from './support/negotiatingText';

const PARAGRAPHS = 100;
const ALTERNATIVES = 50;
const RUNS = 9;
// An export is a click the delegate waits on: a second is the most it should take.
const GOAL_MS = 1000;

/** The three Word views of a 100-paragraph negotiating text with 200 brackets and 50 alternatives, after a warm-up. */
export default async function negotiationExportBench(): Promise<void> {
  const index = indexCorpus(await loadBundledCorpus());
  const draft = negotiatingText(index, PARAGRAPHS, ALTERNATIVES);
  const marks = Object.values(draft.content.negotiation!.marks);
  const brackets = marks.filter((mark) => mark.kind !== 'alternative').length;
  const alternatives = marks.filter((mark) => mark.kind === 'alternative' && mark.index > 1).length + draft.content.operative.filter((p) => (p.negotiation?.alternative?.index ?? 1) > 1).length;
  const footnotes = draft.content.operative.flatMap((paragraph) => paragraph.runs).filter((run) => run.type === 'citation').length;
  console.log(`negotiating text: ${PARAGRAPHS} operative paragraphs, ${brackets} brackets (nested, deletions, insertions included), ${alternatives} alternatives, ${footnotes} footnotes`);
  for (const view of NEGOTIATION_VIEWS) {
    let size = (await buildDraftDocx(index, draft, { view })).length;
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      size = (await buildDraftDocx(index, draft, { view })).length;
      times.push(performance.now() - start);
    }
    const goal = againstGoal(`${view} view to .docx, p95`, summarize(times).p95, GOAL_MS);
    console.log(`${view} view: ${formatFigures(times, { digits: 0 })} over ${RUNS} runs, ${(size / 1024).toFixed(0)} KiB (p95 ${goal})`);
  }
}
