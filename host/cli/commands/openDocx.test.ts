import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWordDocument, SAMPLE_CHANGE_AUTHOR } from '../../../shared/docx/testing/sampleWordDocument';
import { loadCliIndex } from '../loadCliIndex';
import { runDeskRecorded } from '../testing/runDeskRecorded';


let folder: string;
let sample: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'desk-open-docx-'));
  sample = join(folder, 'proposition.docx');
  await writeFile(sample, await buildSampleWordDocument(await loadCliIndex()));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('desk open-docx', () => {
  it('prints what a Word document made elsewhere gives as a draft, then its bracketed text', async () => {
    const result = await runDeskRecorded('open-docx', sample);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Tracked changes of ${SAMPLE_CHANGE_AUTHOR}: 1 insertion(s), 1 deletion(s), now proposals.`);
    expect(result.stdout).toContain('Comment of Secrétariat: À revoir avec la capitale.');
    expect(result.stdout).toMatch(/Recognised by text or citation: [1-9]\d* verbatim/);
  });

  it('--json gives the draft content with its precedents', async () => {
    const result = await runDeskRecorded('open-docx', sample, '--json');
    const draft = JSON.parse(result.stdout) as { lang: string; content: { operative: { runs: { type: string; paragraphId?: string }[] }[] } };
    expect(draft.lang).toBe('fr');
    expect(draft.content.operative.flatMap((paragraph) => paragraph.runs).filter((run) => run.type === 'precedent').map((run) => run.paragraphId)).toContain('CTOC/COP/WG.7/2012/6#25');
  });

  it('refuses a file that is not a Word document with exit code 2', async () => {
    const text = join(folder, 'notes.docx');
    await writeFile(text, 'pas un document Word');
    const result = await runDeskRecorded('open-docx', text);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a Word document (.docx)');
  });
});
