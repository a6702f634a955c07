import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { createPrecedentChecker, type PrecedentChecker } from '../shared/check/createPrecedentChecker';
import { indexCorpus } from '../shared/corpus/corpusIndex';
import type { Corpus } from '../shared/corpus/model';
import { fixtureCorpus, fixtureDocument, fixtureParagraph } from '../shared/corpus/testing/corpusFixtures';
import { tokenizeWords } from '../shared/text/normalizeWording';
import { formatFigures } from './support/percentiles';
import { corpusSentences, makeSyntheticParagraphs } from './syntheticCorpus';

const SYNTHETIC_COUNT = 100_000;
const QUERIES = 300;

/** A precedent as a delegate would paste it after an edit: one word in the middle changed. */
function edited(text: string): string {
  const tokens = tokenizeWords(text);
  const middle = tokens[Math.floor(tokens.length / 2)];
  return middle ? `${text.slice(0, middle.start)}modifié${text.slice(middle.end)}` : text;
}

function timeChecks(checker: PrecedentChecker, queries: readonly string[]): string {
  for (const query of queries.slice(0, 20)) checker.checkParagraph(query, { lang: 'fr' }); // warm-up
  const times = queries.map((query) => {
    const start = performance.now();
    checker.checkParagraph(query, { lang: 'fr' });
    return performance.now() - start;
  });
  return `${formatFigures(times, { show: ['median', 'p95', 'max'], digits: 2 })} per paragraph (${queries.length} paragraphs)`;
}

/** The synthetic paragraphs as adopted precedents of twenty documents spread over 2004–2023. */
function syntheticCorpus(texts: readonly { id: string; text: string }[]): Corpus {
  const documents = Array.from({ length: 20 }, (_, i) =>
    fixtureDocument(`SYNTHETIC/${i}`, { symbol: null, shortKey: `SYN-${i}`, meeting: i + 1, year: 2004 + i }),
  );
  const paragraphs = texts.map((doc, i) =>
    fixtureParagraph(doc.id, documents[i % documents.length]!.id, {
      locator: { kind: 'paragraph', number: i + 1, items: [], source: 'original-text' },
      text: { fr: doc.text },
    }),
  );
  return fixtureCorpus(documents, paragraphs);
}

/** Precedent check: index build time, then time per checked paragraph (one word edited in each). */
export default async function benchCheck(): Promise<void> {
  const corpus = await loadBundledCorpus();
  const bundled = indexCorpus(corpus);
  let start = performance.now();
  const checker = createPrecedentChecker(bundled);
  const precedents = corpus.paragraphs.filter((p) => p.adopted && p.text.fr);
  console.log(`bundled corpus (${precedents.length} precedents): build ${(performance.now() - start).toFixed(1)} ms`);
  console.log(`  check: ${timeChecks(checker, precedents.map((p) => edited(p.text.fr ?? '')))}`);

  const synthetic = makeSyntheticParagraphs(corpusSentences(corpus), SYNTHETIC_COUNT, 42);
  const large = indexCorpus(syntheticCorpus(synthetic));
  const heapBefore = process.memoryUsage().heapUsed;
  start = performance.now();
  const largeChecker = createPrecedentChecker(large);
  const buildMs = performance.now() - start;
  const heapMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  console.log(`synthetic corpus (${SYNTHETIC_COUNT} precedents): build ${buildMs.toFixed(0)} ms, ~${heapMiB.toFixed(0)} MiB heap`);
  const step = Math.floor(SYNTHETIC_COUNT / QUERIES);
  const queries = Array.from({ length: QUERIES }, (_, i) => edited(synthetic[i * step]?.text ?? ''));
  console.log(`  check: ${timeChecks(largeChecker, queries)}`);
  start = performance.now();
  const usage = largeChecker.phraseUsage('les États parties devraient');
  console.log(`  phraseUsage("les États parties devraient"): ${usage.count} precedents in ${(performance.now() - start).toFixed(1)} ms`);
}
