import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DraftStore } from '../host/drafts/DraftStore';
import { SAMPLE_DRAFT_ID, buildSampleDraft, readSampleParagraphs } from '../host/drafts/testing/sampleDraft';

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
    console.log(`autosave (validate, serialise, write, fsync, rename): ${figures(saveTimes)} over ${AUTOSAVES} saves`);
    console.log(`open (read, parse, validate): ${figures(openTimes)} over ${OPENS} opens`);
    console.log(`list of ${LISTED_DRAFTS} such drafts: ${figures(listTimes)}`);
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

function figures(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`;
}
