import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from '../shared/corpus/corpusIndex';
import { DraftPage } from './page-models/DraftPage';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { citationRuleProblems, contentOf, footnoteProblems } from './utils/citationRuleCheck';
import { DraftEditorHandle } from './utils/draftEditorHandle';
import { EditPlayer, edits, startParagraphs, startState } from './utils/randomEdits';

// CI runs 60 sequences (about 45 s here: each edit waits for the real app to process it);
// CITATION_PROPERTY_RUNS=5000 for a long hunt, CITATION_PROPERTY_SEED to replay a failure's seed.
const RUNS = Number(process.env.CITATION_PROPERTY_RUNS ?? 60);
const SEED = process.env.CITATION_PROPERTY_SEED ? Number(process.env.CITATION_PROPERTY_SEED) : Date.now() % 2 ** 31;
const MAX_EDITS = 8;

test.use({ locale: 'fr-FR' });
// Generous: shrinking a failure replays many sequences.
test.setTimeout(5 * 60_000 + RUNS * 3_000);

let index: CorpusIndex;
// Real precedents: a long recommendation, a short one, one with lettered sub-items, a preambular paragraph.
const POOL_REFS = ['A:I.22', 'A:I.23', 'A:II.8', 'B:VI.al.5'];
let pool: string[];

test.beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  pool = POOL_REFS.map((ref) => {
    const paragraph = index.byCompendiumRef.get(ref);
    if (!paragraph) throw new Error(`${ref} is in the corpus`);
    return paragraph.id;
  });
});

test('a citation never leaves the text it cites, whatever the edits (random sequences in the real editor)', async ({ page }) => {
  const desk = new PrecedentDesk(page);
  await desk.openFresh();
  const draft = new DraftPage(page);
  await draft.startNewDraft();
  const handle = new DraftEditorHandle(page);
  const player = new EditPlayer(draft, handle);
  let steps = 0;
  const started = Date.now();
  console.log(`citation rule property: ${RUNS} sequences, seed ${SEED}`);

  await fc.assert(
    fc.asyncProperty(startParagraphs(pool), edits(pool, MAX_EDITS), async (start, sequence) => {
      await player.reset();
      await handle.load(startState(index, start));
      for (const [position, edit] of sequence.entries()) {
        await player.play(edit);
        steps += 1;
        const problems = citationRuleProblems(await handle.state());
        if (problems.length > 0) throw new Error(`after edit ${position + 1} (${JSON.stringify(edit)}): ${problems.join('; ')}`);
      }
      const exported = await footnoteProblems(index, contentOf(await handle.state()), player.lang);
      if (exported.length > 0) throw new Error(`in the exported .docx: ${exported.join('; ')}`);
    }),
    { numRuns: RUNS, seed: SEED, verbose: 1 },
  );
  console.log(`citation rule property: ${RUNS} sequences, ${steps} edits, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  expect(steps).toBeGreaterThanOrEqual(RUNS);
});
