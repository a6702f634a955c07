import { performance } from 'node:perf_hooks';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { sampleExportDraft } from '../host/export/testing/sampleExportDraft';
import { createPrecedentChecker } from '../shared/check/createPrecedentChecker';
import { indexCorpus } from '../shared/corpus/corpusIndex';
import { buildDraftDocx, draftDocument } from '../shared/export/buildDraftDocx';
import { packDocx } from '../shared/export/packDocx';
import { readWordDraft } from '../shared/roundtrip/readWordDraft';
import { editDocument, removeControl } from '../shared/roundtrip/testing/editDocx';
import { formatFigures } from './support/percentiles';

const RUNS = 5;

async function median(run: () => Promise<unknown>): Promise<number[]> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * A 200-paragraph draft: the cost of the content controls on export (the same document packed
 * without them, then with), and opening the .docx back as a draft, with every control in place
 * and with every control removed (all agreed language then recognised by text).
 */
export default async function wordRoundTripBench(): Promise<void> {
  const index = indexCorpus(await loadBundledCorpus());
  const checker = createPrecedentChecker(index);
  const draft = sampleExportDraft(index, 200);
  const show = (times: number[]) => formatFigures(times, { show: ['median'], digits: 0 });
  console.log(`export without controls: ${show(await median(() => packDocx(draftDocument(index, draft))))} over ${RUNS} runs`);
  const exported = await buildDraftDocx(index, draft);
  console.log(`export with controls: ${show(await median(() => buildDraftDocx(index, draft)))} over ${RUNS} runs`);
  console.log(`open as a draft, controls in place: ${show(await median(() => readWordDraft(exported, { index, checker, fileName: 'bench.docx' })))} over ${RUNS} runs`);
  const bare = await editDocument(exported, (xml) => {
    let out = xml;
    for (let n = (xml.match(/<w:sdt>/g) ?? []).length - 1; n >= 0; n--) out = removeControl(out, n);
    return out;
  });
  console.log(`open as a draft, every control removed (recognised by text): ${show(await median(() => readWordDraft(bare, { index, checker, fileName: 'bench.docx' })))} over ${RUNS} runs`);
}
