import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCitation } from '../../../shared/citation/formatCitation';
import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { Paragraph } from '../../../shared/corpus/model';
import { loadCliIndex } from '../loadCliIndex';
import { MAX_CHECK_FILE_BYTES } from './check';
import { runDeskRecorded } from '../testing/runDeskRecorded';


let index: CorpusIndex;
let i22: Paragraph;
let folder: string;
beforeAll(async () => {
  index = await loadCliIndex();
  const found = index.byCompendiumRef.get('A:I.22');
  if (!found?.text.fr) throw new Error('No I.22');
  i22 = found;
  folder = await mkdtemp(join(tmpdir(), 'desk-check-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('desk check', () => {
  it('prints the verdict, the best precedent with its citation, the word-level differences and the strength change', async () => {
    const edited = (i22.text.fr ?? '').replace('devraient', 'voudront peut-être');
    const { code, stdout } = await runDeskRecorded('check', edited);
    expect(code).toBe(0);
    expect(stdout).toContain('Paragraph 1 (fr, detected): modified agreed language');
    expect(stdout).toContain(`1. I.22 (${formatCitation(index, [i22.id], 'fr', 'plain')})`);
    expect(stdout).toContain('[-devraient-]{+voudront peut-être+}');
    expect(stdout).toContain('operative strength weaker: "devraient" (should) -> "voudront peut-être" (may)');
  });

  it('prints JSON with each precedent\'s reference and citation', async () => {
    const { code, stdout } = await runDeskRecorded('check', '--json', '--lang', 'en', i22.text.fr ?? '');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { paragraphs: { verdict: string; lang: string }[] };
    expect(parsed.paragraphs.map((p) => [p.lang, p.verdict])).toEqual([['en', 'no-precedents-in-language']]);

    const french = JSON.parse((await runDeskRecorded('check', '--json', i22.text.fr ?? '')).stdout) as {
      paragraphs: { verdict: string; precedents: { paragraphId: string; reference: string; citation: string }[] }[];
    };
    expect(french.paragraphs[0]?.verdict).toBe('verbatim');
    expect(french.paragraphs[0]?.precedents[0]).toMatchObject({
      paragraphId: i22.id,
      reference: 'I.22',
      citation: formatCitation(index, [i22.id], 'fr', 'plain'),
    });
  });

  it('checks a file one paragraph per line', async () => {
    const file = join(folder, 'draft.txt');
    await writeFile(file, `${i22.text.fr}\n\nStates parties should consider it.\n`);
    const { code, stdout } = await runDeskRecorded('check', '--file', file);
    expect(code).toBe(0);
    expect(stdout).toContain('Paragraph 1 (fr, detected): verbatim agreed language');
    expect(stdout).toContain('Paragraph 2 (en, detected): no precedents in this language');
  });

  it('refuses with exit code 2 and a message a file too large to be a draft, and binary input', async () => {
    const large = join(folder, 'large.txt');
    await writeFile(large, Buffer.alloc(MAX_CHECK_FILE_BYTES + 1, 0x61));
    expect(await runDeskRecorded('check', '--file', large)).toMatchObject({ code: 2, stderr: expect.stringContaining('is larger than 1 MB') });
    expect(await runDeskRecorded('check', '--file', '/dev/zero')).toMatchObject({ code: 2, stderr: expect.stringContaining('is larger than 1 MB') });
    const binary = join(folder, 'nul.txt');
    await writeFile(binary, Buffer.alloc(1000));
    expect(await runDeskRecorded('check', '--file', binary)).toMatchObject({ code: 2, stderr: expect.stringContaining('is not a text file (it holds binary data)') });
    const zip = join(folder, 'draft.docx');
    await writeFile(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]));
    expect(await runDeskRecorded('check', '--file', zip)).toMatchObject({ code: 2, stderr: expect.stringContaining('is not a text file') });
  });

  it('exits 2 on usage errors and unreadable files', async () => {
    expect((await runDeskRecorded('check')).code).toBe(2);
    expect((await runDeskRecorded('check', '--file', join(folder, 'missing.txt'))).code).toBe(2);
    expect((await runDeskRecorded('check', '--file', join(folder, 'missing.txt'), 'text')).code).toBe(2);
    expect((await runDeskRecorded('check', '--lang', 'de', 'Texte')).code).toBe(2);
    const empty = await runDeskRecorded('check', '   ');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('Nothing to check');
  });
});
