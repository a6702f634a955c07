import { readFileSync } from 'node:fs';
import { DraftStore } from '../DraftStore';
import { buildSampleDraft, type SampleParagraph } from './sampleDraft';

// Child process of the kill-during-write test: saves revisions firstRevision, firstRevision + 1, ...
// of the sample draft until it is killed, printing "saved N" once each save has returned. The
// parent passes the sample paragraphs as a JSON file so both sides build identical revisions.
const [draftsDir, paragraphsFile, firstRevision] = process.argv.slice(2);
if (!draftsDir || !paragraphsFile || !firstRevision) throw new Error('usage: saveLoop <draftsDir> <paragraphs.json> <firstRevision>');
// A backup on every save, so backup copies and pruning are also cut short by the kills.
const store = new DraftStore(draftsDir, { backupIntervalMs: 0, keepBackups: 3 });
const paragraphs = JSON.parse(readFileSync(paragraphsFile, 'utf8')) as SampleParagraph[];
for (let revision = Number(firstRevision); ; revision++) {
  await store.save(buildSampleDraft(paragraphs, revision));
  process.stdout.write(`saved ${revision}\n`);
}
