import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DraftStore } from '../host/drafts/DraftStore';
import { SAMPLE_DRAFT_ID, buildSampleDraft, readSampleParagraphs } from '../host/drafts/testing/sampleDraft';
import { formatFigures } from './support/percentiles';

const AUTOSAVES = 60;
const OPENS = 30;
const LISTED_DRAFTS = 20;

/** Autosave and open times of a 200-paragraph draft through the real store on the real disk. */
export default async function benchDrafts(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'drafts-bench-'));
  try {
    const store = new DraftStore(dir);
    const paragraphs = readSampleParagraphs();
    const drafts = Array.from({ length: AUTOSAVES + 1 }, (_, revision) => buildSampleDraft(paragraphs, revision));
    await store.save(drafts[0]!);
    const size = (await stat(join(dir, `${SAMPLE_DRAFT_ID}.json`))).size;

    // Default backup rule: as when typing, at most one backup per interval, so most saves make none.
    const saveTimes = await timeEach(drafts.slice(1), (draft) => store.save(draft));
    const openTimes = await timeEach(Array.from({ length: OPENS }), () => new DraftStore(dir).open(SAMPLE_DRAFT_ID));
    for (let index = 1; index < LISTED_DRAFTS; index++) await store.save({ ...drafts[0]!, id: `draft-${index}` });
    const listTimes = await timeEach(Array.from({ length: 5 }), () => store.list());

    console.log(`draft: 200 operative paragraphs, file ${(size / 1024).toFixed(0)} kB`);
    console.log(`autosave (validate, serialise, write, fsync, rename): ${formatFigures(saveTimes, { digits: 1 })} over ${AUTOSAVES} saves`);
    console.log(`open (read, parse, validate): ${formatFigures(openTimes, { digits: 1 })} over ${OPENS} opens`);
    console.log(`list of ${LISTED_DRAFTS} such drafts: ${formatFigures(listTimes, { digits: 1 })}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function timeEach<T>(items: T[], task: (item: T) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const start = performance.now();
    await task(item);
    times.push(performance.now() - start);
  }
  return times;
}
