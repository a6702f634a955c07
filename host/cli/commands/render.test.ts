import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import { footnoteReferencesOf, footnotesOf, paragraphsOf, readDocxParts } from '../../export/testing/readDocx';
import { sampleNegotiatingDraft } from '../../export/testing/sampleNegotiatingDraft';
import { loadCliIndex } from '../loadCliIndex';
import { recordingIO } from '../recordingIO';
import { runDesk } from '../runDesk';

const VERSION_1_DRAFT = fileURLToPath(new URL('../../drafts/fixtures/draft-v1.json', import.meta.url));

async function desk(...args: string[]) {
  const io = recordingIO();
  const code = await runDesk(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

let index: CorpusIndex;
let folder: string;
let negotiating: string;
beforeAll(async () => {
  index = await loadCliIndex();
  folder = await mkdtemp(join(tmpdir(), 'desk-render-'));
  negotiating = join(folder, 'negociation.json');
  await writeFile(negotiating, JSON.stringify(sampleNegotiatingDraft(index), null, 2));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('desk render', () => {
  it('prints the bracketed text, citations after the agreed language they cite, in the draft’s language by default', async () => {
    const result = await desk('render', negotiating, '--view', 'bracketed');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['PP1', 'OP1', 'OP2', 'OP2', 'OP3']);
    expect(lines[1]).toBe('OP1 [convenu ad ref.] Les États parties devraient [UE\u00a0: renforcer [encore] (à revoir) la coopération] [Mexique, suppr.\u00a0: rapidement].');
    expect(lines[3]).toMatch(/^OP2 Alt 2 \(Mexique\) Les États parties voudront .* relatif aux migrants\. \(CTOC\/COP\/WG\.7\/2012\/6, par\. 25\)$/u);
  });

  it('prints the compilation table and the clean text, in English with --lang en', async () => {
    const compilation = await desk('render', negotiating, '--view', 'compilation', '--lang', 'en');
    const rows = compilation.stdout.trimEnd().split('\n');
    expect(rows[0]).toBe('Paragraph | Text and proposals | Sponsors | Status');
    expect(rows[2]).toMatch(/^OP1 \| .*\[Mexique, del\.: rapidement\]\. \| UE, Mexique \| agreed ad ref\. \(2026-06-02, Première lecture\)$/u);
    expect(rows[4]).toMatch(/\(CTOC\/COP\/WG\.7\/2012\/6, para\. 25\) \| Mexique \| $/u);
    const clean = await desk('render', negotiating, '--view', 'clean');
    expect(clean.stdout.trimEnd().split('\n').slice(0, 3)).toEqual([
      'Rappelant le Protocole contre le trafic illicite de migrants,',
      '1. Les États parties devraient renforcer encore la coopération rapidement.',
      '2. Les États devraient agir sans délai.',
    ]);
  });

  it('writes each view to Word with --out, citations as the draft’s footnotes', async () => {
    for (const view of ['bracketed', 'compilation', 'clean']) {
      const path = join(folder, `${view}.docx`);
      const result = await desk('render', negotiating, '--view', view, '--out', path);
      expect(result).toEqual({ code: 0, stdout: `Wrote the ${view} view of "Projet de recommandations sur la coopération" to ${path}\n`, stderr: '' });
      const parts = await readDocxParts(await readFile(path));
      const notes = footnotesOf(parts.footnotes);
      expect(footnoteReferencesOf(parts.document).map((id) => notes.get(id))).toContain('CTOC/COP/WG.7/2012/6, par.\u00a026');
      const styles = new Set(paragraphsOf(parts.document).map((paragraph) => paragraph.style));
      expect(styles.has({ bracketed: 'LabelledParagraph', compilation: 'TableHeading', clean: 'OperativeParagraph' }[view] ?? '')).toBe(true);
    }
  });

  it('renders a draft of format version 1 through the converters, the file untouched', async () => {
    const copy = join(folder, 'draft-v1.json');
    await copyFile(VERSION_1_DRAFT, copy);
    const before = await readFile(copy, 'utf8');
    const bracketed = await desk('render', copy, '--view', 'bracketed');
    expect(bracketed.code).toBe(0);
    const lines = bracketed.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['PP1', 'PP2', 'OP1', 'OP2', 'OP3', 'OP4']);
    expect(lines[2]).toMatch(/^OP1 Les États qui ne l’ont pas encore fait .* \(CTOC\/COP\/WG\.7\/2012\/6, par\. 4\)$/u);
    expect((await desk('render', copy, '--view', 'clean')).stdout.split('\n')[2]).toMatch(/^1\. Les États qui ne l’ont pas encore fait/u);
    expect(await readFile(copy, 'utf8')).toBe(before);
  });

  it('reads DRAFT.json relative to the folder the command was typed in', async () => {
    // `npm run desk` runs in the project folder and says where the user typed the command in INIT_CWD.
    const typedIn = process.env.INIT_CWD;
    process.env.INIT_CWD = folder;
    try {
      const result = await desk('render', 'negociation.json', '--view', 'clean');
      expect(result.stderr).toBe('');
      expect(result.stdout.split('\n')[1]).toBe('1. Les États parties devraient renforcer encore la coopération rapidement.');
    } finally {
      if (typedIn === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = typedIn;
    }
  });

  it('refuses a file that is not a draft it can read with exit 2 and one line saying why', async () => {
    const write = async (name: string, text: string) => {
      const path = join(folder, name);
      await writeFile(path, text);
      return path;
    };
    const newer = { ...sampleNegotiatingDraft(index), version: 9 };
    const cases: [string, RegExp][] = [
      [await write('broken.json', '{"format": "precedent-desk/draft",'), /broken\.json cannot be opened as a draft: the file ends early/u],
      [await write('other.json', '{"name": "precedent-desk"}'), /other\.json cannot be opened as a draft: it has no "format" field, so it is not a Precedent Desk draft/u],
      [await write('newer.json', JSON.stringify(newer)), /newer\.json cannot be opened as a draft: it was made by a newer version of Precedent Desk \(format version 9\)/u],
      [await write('empty.json', ''), /empty\.json cannot be opened as a draft: the file is empty\.$/u],
      [join(folder, 'missing.json'), /There is no file .*missing\.json\.$/u],
      [folder, /is a folder, not a draft file\.$/u],
    ];
    for (const [path, message] of cases) {
      const result = await desk('render', path, '--view', 'bracketed');
      expect(result.code, path).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr.trimEnd()).toMatch(/^desk render: /u);
      expect(result.stderr.trimEnd()).toMatch(message);
    }
  });

  it('asks for one draft file and a view it knows, and writes only .docx files', async () => {
    expect(await desk('render', negotiating)).toMatchObject({ code: 2, stderr: 'desk render: Missing --view bracketed|compilation|clean. See "desk render --help".\n' });
    expect(await desk('render', negotiating, '--view', 'table')).toMatchObject({ code: 2, stderr: 'desk render: --view must be "bracketed", "compilation", "clean", not "table".\n' });
    expect((await desk('render', '--view', 'clean')).code).toBe(2);
    expect((await desk('render', negotiating, negotiating, '--view', 'clean')).code).toBe(2);
    expect((await desk('render', negotiating, '--view', 'clean', '--out', join(folder, 'x.pdf'))).code).toBe(2);
    expect((await desk('render', negotiating, '--view', 'clean', '--lang', 'de')).code).toBe(2);
  });
});
