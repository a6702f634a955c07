import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphsOf, readDocxParts } from '../../export/testing/readDocx';
import { recordingIO } from '../recordingIO';
import { runDesk } from '../runDesk';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

/** The real command line in a child process; `cwd` stands for the folder the user typed it in. */
function desk(args: string[], cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = cwd ? { ...process.env, INIT_CWD: cwd } : process.env;
  return new Promise((resolve) => {
    execFile(tsx, ['host/cli/desk.ts', ...args], { cwd: root, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

async function deskInProcess(...args: string[]) {
  const io = recordingIO();
  const code = await runDesk(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'desk-compile-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('desk compile', () => {
  it('writes a briefing document for references, relative to where the command was typed, that reads back', async () => {
    const result = await desk(['compile', 'I.22', 'B:VI.9.c', 'I.23', '--lang', 'en', '--out', 'briefing.docx'], folder);
    const path = join(folder, 'briefing.docx');
    expect(result).toEqual({ code: 0, stdout: `Wrote 3 paragraphs to ${path}\n`, stderr: '' });
    const { value: text } = await mammoth.extractRawText({ buffer: await readFile(path) });
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    expect(lines[0]).toBe('Compilation of agreed language');
    expect(lines).toContain('CTOC/COP/WG.7/2012/6, para. 25');
    expect(lines).toContain('CTOC/COP/2012/15, resolution 6/3, para. 9 (c)');
    expect(lines.filter((line) => line === 'No English version available. French text:')).toHaveLength(3);
    expect(lines.indexOf('CTOC/COP/WG.7/2012/6, para. 25')).toBeLessThan(lines.indexOf('CTOC/COP/WG.7/2012/6, para. 26'));
  });

  it('compiles a theme named loosely in either language, grouped by theme', async () => {
    const path = join(folder, 'enfants.docx');
    const result = await desk(['compile', '--theme', 'ENFANTS', '--out', path]);
    expect(result.code).toBe(0);
    const parts = await readDocxParts(await readFile(path));
    const headings = paragraphsOf(parts.document).filter((paragraph) => paragraph.style === 'GroupHeading').map((paragraph) => paragraph.text);
    expect(headings[0]).toBe('Enfants (général)');
    expect(result.stdout).toBe(`Wrote 8 paragraphs to ${path}\n`);
    expect((await deskInProcess('compile', '--theme', 'children (general)', '--lang', 'en', '--out', path)).stdout).toBe(`Wrote 7 paragraphs to ${path}\n`);
  });

  it('exits 1 with a clear message when the folder does not exist, and writes nothing', async () => {
    const path = join(folder, 'missing', 'briefing.docx');
    const result = await desk(['compile', 'I.22', '--out', path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`desk compile: Cannot write "${path}": the folder "${join(folder, 'missing')}" does not exist.\n`);
    expect(await readdir(folder)).toEqual([]);
  });

  it('leaves nothing half-written when the file cannot be replaced', async () => {
    // A folder where the file should go: the rename fails after the temporary file was written.
    const path = join(folder, 'locked.docx');
    await mkdir(path);
    await writeFile(join(path, 'inside.txt'), 'kept');
    const result = await deskInProcess('compile', 'I.22', '--out', path);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot write "${path}": it is a folder.`);
    expect(await readdir(folder)).toEqual(['locked.docx']);
    expect(await readFile(join(path, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('replaces an existing file whole', async () => {
    const path = join(folder, 'briefing.docx');
    await writeFile(path, 'an older export');
    expect((await deskInProcess('compile', 'I.22', '--out', path)).code).toBe(0);
    const { value } = await mammoth.extractRawText({ buffer: await readFile(path) });
    expect(value).toContain('CTOC/COP/WG.7/2012/6, par.\u00a025');
    expect(await readdir(folder)).toEqual(['briefing.docx']);
  });

  it('rejects bad usage with exit 2 before writing anything', async () => {
    const path = join(folder, 'x.docx');
    const cases: [string[], string][] = [
      [['compile', 'I.22'], 'Missing --out FILE.docx'],
      [['compile', 'I.22', '--out', join(folder, 'x.pdf')], '--out must name a .docx file'],
      [['compile', '--out', path], 'Missing references'],
      [['compile', 'I.22', '--theme', 'Enfants', '--out', path], 'not both'],
      [['compile', 'I.99', '--out', path], 'Unknown reference "I.99"'],
      [['compile', '--theme', 'Astronomie', '--out', path], 'Astronomie'],
      [['compile', 'I.22', '--group-by', 'year', '--out', path], '--group-by must be "theme" or "document"'],
    ];
    for (const [args, message] of cases) {
      const result = await deskInProcess(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
    expect(await readdir(folder)).toEqual([]);
  });
});
