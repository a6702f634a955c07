import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './writeFileAtomic';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-atomic-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes bytes and text, replacing the previous content, and leaves no temporary file', async () => {
    const path = join(dir, 'export.docx');
    await writeFile(path, 'old');
    await writeFileAtomic(path, Uint8Array.from([0x50, 0x4b, 0x03, 0x04]));
    expect([...(await readFile(path))]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    await writeFileAtomic(path, 'Texte révisé');
    expect(await readFile(path, 'utf8')).toBe('Texte révisé');
    expect(await readdir(dir)).toEqual(['export.docx']);
  });

  it('fails without touching the target or leaving a temporary file when the target cannot be replaced', async () => {
    const path = join(dir, 'taken');
    await writeFile(join(dir, 'keep.txt'), 'kept');
    // A folder in the target's place: the final rename fails after the temporary file was written.
    await mkdir(join(path, 'inside'), { recursive: true });
    await expect(writeFileAtomic(path, 'new')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['keep.txt', 'taken']);
  });
});
