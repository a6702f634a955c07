import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWordDocument } from '../../../shared/docx/readWordDocument';
import { buildSampleWordDocument, SAMPLE_PARAGRAPHS } from '../../../shared/docx/testing/sampleWordDocument';
import { loadCliIndex } from '../loadCliIndex';
import { recordingIO } from '../recordingIO';
import { runDesk } from '../runDesk';

async function desk(...args: string[]) {
  const io = recordingIO();
  const code = await runDesk(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

let folder: string;
let sample: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'desk-check-docx-'));
  sample = join(folder, 'proposal.docx');
  await writeFile(sample, await buildSampleWordDocument(await loadCliIndex()));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('desk check --docx', () => {
  it('prints each paragraph\'s verdict and citation checks, and writes the annotated copy', async () => {
    const out = join(folder, 'proposal-checked.docx');
    const { code, stdout } = await desk('check', '--docx', sample, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('Citation correct: “CTOC/COP/WG.7/2012/6, par. 25”.');
    expect(stdout).toContain('Wrong citation: “CTOC/COP/WG.7/2012/6, par. 25” points to CTOC/COP/WG.7/2012/6, par. 25, but the text quoted is that of CTOC/COP/WG.7/2012/6, par. 26.');
    expect(stdout).toContain('Agreed language without a citation: cite CTOC/COP/WG.7/2012/6, par. 28.');
    expect(stdout).toContain('Wrong citation: “CTOC/COP/WG.7/2012/6, par. 99”, the document has no par. 99.');
    expect(stdout).toContain('Tracked changes (Délégation du Mexique): before, verbatim agreed language; after, modified agreed language.');
    expect(stdout).toContain(`Annotated copy: ${out}`);
    const annotated = await readWordDocument(await readFile(out), out);
    expect(annotated.paragraphs[SAMPLE_PARAGRAPHS.wrongCitation]?.commentIds).toHaveLength(1);
  });

  it('prints JSON', async () => {
    const { code, stdout } = await desk('check', '--docx', sample, '--json', '--lang', 'fr');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { lang: string; paragraphs: { position: number; check: { verdict: string }; before: { verdict: string } | null; findings: { kind: string }[] }[] };
    expect(parsed.lang).toBe('fr');
    const tracked = parsed.paragraphs.find((paragraph) => paragraph.position === SAMPLE_PARAGRAPHS.trackedChange);
    expect([tracked?.before?.verdict, tracked?.check.verdict]).toEqual(['verbatim', 'modified']);
    expect(parsed.paragraphs.find((paragraph) => paragraph.position === SAMPLE_PARAGRAPHS.wrongCitation)?.findings.map((finding) => finding.kind)).toEqual(['other-paragraph']);
  });

  it('exits 2 with a clear message for a file that is not a Word document, or missing', async () => {
    const notDocx = join(folder, 'notes.docx');
    await writeFile(notDocx, 'plain text, not a zip');
    expect(await desk('check', '--docx', notDocx)).toMatchObject({ code: 2, stderr: `desk check: ${notDocx} is not a Word document (.docx), whatever its name says.\n` });
    const missing = await desk('check', '--docx', join(folder, 'absent.docx'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read');
    expect(await desk('check', '--out', join(folder, 'x.docx'), 'Les États parties')).toMatchObject({ code: 2, stderr: 'desk check: --out writes an annotated Word document: it goes with --docx.\n' });
  });
});
