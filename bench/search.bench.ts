import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { createSearchIndex, type SearchDoc } from '../shared/search/searchIndex';
import { againstGoal } from './support/goals';
import { formatFigures, formatMs, summarize } from './support/percentiles';
import { corpusSentences, makeSyntheticParagraphs } from './syntheticCorpus';

const SYNTHETIC_SIZE = 100_000;
const SEED = 20261123;
const ROUNDS = 5;
/** What a results table can show before the user refines the query. */
const PAGE = 1000;
/** Typed as a delegate would: single words, prefixes, several words (AND), phrases, typos. */
const QUERIES = [
  'migrants',
  'enfants',
  'secrétariat',
  'formation',
  'donnees',
  'coopér',
  'protec',
  'sensibil',
  'renforc',
  'con',
  'États parties',
  'protection victimes',
  'trafic illicite',
  'renforcer coopération',
  'groupe de travail',
  'l’assistance technique',
  '"enfants non accompagnes"',
  '"trafic illicite de migrants"',
  'cooperatoin',
  'migrnts',
  'sensibilisaton',
];

export default async function searchBench(): Promise<void> {
  const corpus = await loadBundledCorpus();
  const bundled = corpus.paragraphs.flatMap((paragraph) => (paragraph.text.fr ? [{ id: paragraph.id, text: paragraph.text.fr }] : []));
  measure('bundled corpus', bundled);
  const sentences = corpusSentences(corpus);
  const synthetic = makeSyntheticParagraphs(sentences, SYNTHETIC_SIZE, SEED);
  measure(`synthetic corpus (${sentences.length} distinct corpus sentences recombined, seed ${SEED})`, synthetic, GOAL_P95_MS);
}

/** On the synthetic corpus, a search must not cost a frame. */
const GOAL_P95_MS = 16;

function measure(label: string, docs: readonly SearchDoc[], goalMs?: number): void {
  const megabytes = docs.reduce((sum, doc) => sum + doc.text.length, 0) / 1e6;
  const buildStart = performance.now();
  const index = createSearchIndex(docs);
  const buildTime = performance.now() - buildStart;
  console.log(`${label}: ${docs.length.toLocaleString('en')} paragraphs, ${megabytes.toFixed(1)} MB of text; index built in ${formatMs(buildTime)}`);
  for (const limit of [PAGE, undefined]) {
    for (const query of QUERIES) index.search(query, { limit });
    const samples: number[] = [];
    const perQuery = new Map<string, number[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const query of QUERIES) {
        const start = performance.now();
        index.search(query, { limit });
        const time = performance.now() - start;
        samples.push(time);
        perQuery.set(query, [...(perQuery.get(query) ?? []), time]);
      }
    }
    const slowest = [...perQuery].map(([query, times]) => [query, summarize(times).median] as const).sort((a, b) => b[1] - a[1])[0]!;
    const results = limit ? `first ${limit.toLocaleString('en')} results` : 'all results';
    const goal = goalMs === undefined ? '' : `; p95 ${againstGoal(`search p95, ${label.split(' (')[0]}, ${results}`, summarize(samples).p95, goalMs)}`;
    console.log(`  ${results}: ${formatFigures(samples)} (${QUERIES.length} queries × ${ROUNDS}; slowest ${slowest[0]} at ${formatMs(slowest[1])}${goal})`);
  }
}
