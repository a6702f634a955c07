import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SOURCE_FILES } from '../../shared/corpus/sourceFiles';
import { bundledSourcesDir, loadBundledCorpus, readSourceTexts } from './loadBundledCorpus';

const startDir = process.cwd();
afterEach(() => process.chdir(startDir));

describe('loadBundledCorpus', () => {
  it('reads the five bundled sources whatever the working directory', async () => {
    process.chdir(tmpdir());
    const sources = await readSourceTexts();
    expect(Object.keys(sources).sort()).toEqual(Object.values(SOURCE_FILES).sort());
    expect(sources[SOURCE_FILES.report2012]).toContain('Dans sa résolution 5/3');
  });

  it('builds the corpus once and hands out the same one afterwards', async () => {
    const first = await loadBundledCorpus();
    expect(await loadBundledCorpus()).toBe(first);
  });

  it('says where it looked when a folder holds no sources, and does not cache the failure', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'desk-sources-'));
    try {
      await expect(loadBundledCorpus(folder)).rejects.toThrow(`No source texts (*.txt) found in ${folder}`);
      await cp(bundledSourcesDir(), folder, { recursive: true });
      const corpus = await loadBundledCorpus(folder);
      expect(corpus.documents.length).toBeGreaterThan(0);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
