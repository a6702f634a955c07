import { readFileSync } from 'node:fs';
import { DraftStore } from '../DraftStore';
import { SAMPLE_DRAFT_ID, buildSampleDraft, saveOf, type SampleParagraph } from './sampleDraft';

// Child process of the kill-during-write test: saves the revisions of the sample draft after the
// one on disk until it is killed, printing "saved N" once each save has returned. The parent
// passes the sample paragraphs as a JSON file so both sides build identical revisions.
const [draftsDir, paragraphsFile] = process.argv.slice(2);
if (!draftsDir || !paragraphsFile) throw new Error('usage: saveLoop <draftsDir> <paragraphs.json>');
// A backup on every save, so backup copies and pruning are also cut short by the kills.
const store = new DraftStore(draftsDir, { backupIntervalMs: 0, keepBackups: 3 });
const paragraphs = JSON.parse(readFileSync(paragraphsFile, 'utf8')) as SampleParagraph[];
const opened = await store.open(SAMPLE_DRAFT_ID);
for (let revision = opened.ok ? opened.draft.revision + 1 : 1; ; revision++) {
  const result = await store.save(saveOf(buildSampleDraft(paragraphs, revision)));
  if (!result.saved) throw new Error(`revision ${revision} was refused: ${JSON.stringify(result.conflict)}`);
  process.stdout.write(`saved ${revision}\n`);
}
