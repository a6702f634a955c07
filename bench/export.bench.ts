import { performance } from 'node:perf_hooks';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { sampleExportDraft } from '../host/export/testing/sampleExportDraft';
import { indexCorpus } from '../shared/corpus/corpusIndex';
import { buildDraftDocx, type DraftDocxOptions } from '../shared/export/buildDraftDocx';
import { formatFigures } from './support/percentiles';

const RUNS = 5;

/** Export time of a 200-paragraph draft with 200 footnotes: median of five runs after a warm-up. */
export default async function exportBench(): Promise<void> {
  const index = indexCorpus(await loadBundledCorpus());
  const draft = sampleExportDraft(index, 200);
  const footnotes = draft.content.operative.flatMap((paragraph) => paragraph.runs).filter((run) => run.type === 'citation').length;
  console.log(`draft: ${draft.content.operative.length} operative paragraphs (headings included), ${footnotes} footnotes`);
  const variants: [string, DraftDocxOptions][] = [
    ['footnotes', {}],
    ['footnotes + sources annex + marked changes', { sourcesAnnex: true, changes: 'marked' }],
    ['bilingual table', { bilingual: true }],
  ];
  for (const [name, options] of variants) {
    let size = (await buildDraftDocx(index, draft, options)).length;
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      size = (await buildDraftDocx(index, draft, options)).length;
      times.push(performance.now() - start);
    }
    console.log(`${name}: ${formatFigures(times, { show: ['median'], digits: 0 })} over ${RUNS} runs, ${(size / 1024).toFixed(0)} KiB`);
  }
}
