import { buildCorpus } from '../shared/corpus/buildCorpus';
import { readSourceTexts } from '../host/corpus/loadBundledCorpus';
import { indexCorpus } from '../shared/corpus/corpusIndex';
import { formatFigures, formatMs } from './support/percentiles';

/** Time to read, parse and index the five bundled sources (the start-up cost of the corpus). */
export default async function benchCorpus(): Promise<void> {
  const readStart = performance.now();
  const sources = await readSourceTexts();
  const readMs = performance.now() - readStart;
  const parseTimes: number[] = [];
  let paragraphs = 0;
  for (let round = 0; round < 7; round++) {
    const start = performance.now();
    const corpus = buildCorpus(sources);
    indexCorpus(corpus);
    parseTimes.push(performance.now() - start);
    paragraphs = corpus.paragraphs.length;
  }
  const serialized = JSON.stringify(buildCorpus(sources));
  console.log(`read sources: ${readMs.toFixed(1)} ms`);
  console.log(`parse + index corpus (${paragraphs} paragraphs): first ${formatMs(parseTimes[0]!, 1)}, ${formatFigures(parseTimes, { show: ['median', 'min'], digits: 1 })}`);
  console.log(`corpus JSON for the renderer: ${(serialized.length / 1024).toFixed(0)} KiB`);
}
