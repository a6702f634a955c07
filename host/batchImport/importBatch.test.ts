import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { englishCompendiumFixture } from '../../shared/import/fixtures/englishCompendiumFixture';
import { englishReportFixture } from '../../shared/import/fixtures/englishReportFixture';
import { compendiumFixtureAsText } from '../../shared/import/fixtures/renderCompendiumFixture';
import { fixtureAsDocx, fixtureAsText } from '../../shared/import/fixtures/renderFixture';
import { loadBundledCorpus } from '../corpus/loadBundledCorpus';
import { createNodeDeskHost } from '../createNodeDeskHost';
import type { NodeDeskHost } from '../NodeDeskHost';
import { importPaths } from './importBatch';

let root: string;
let reports: string;
let host: NodeDeskHost;

// Two new reports (a .txt, and a .docx in a sub-folder), a copy of the first, a Word file that is
// not one, the English compendium, and files the folder listing leaves out.
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'desk-batch-'));
  reports = join(root, 'reports');
  await mkdir(join(reports, 'older'), { recursive: true });
  const report2031 = fixtureAsText(englishReportFixture({ symbol: 'CTOC/COP/WG.7/2031/2', extraRecommendations: 2 }));
  await writeFile(join(reports, 'wg-2031.txt'), report2031);
  await writeFile(join(reports, 'wg-2031-copy.txt'), report2031);
  await writeFile(join(reports, 'older', 'wg-2030.docx'), await fixtureAsDocx(englishReportFixture({ symbol: 'CTOC/COP/WG.7/2030/2' })));
  await writeFile(join(reports, 'broken.docx'), 'Dear colleague, this is not a Word file.');
  await writeFile(join(reports, 'compendium-en.txt'), compendiumFixtureAsText(englishCompendiumFixture()));
  await writeFile(join(reports, 'picture.png'), 'not a report');
  await writeFile(join(reports, '.hidden.txt'), 'not offered');
  host = await createNodeDeskHost({ dataDir: join(root, 'data'), loadCorpus: () => loadBundledCorpus(), saveFile: () => Promise.reject(new Error('not used')), pickImportFiles: async () => [] });
});

afterEach(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

const relative = (file: string) => file.slice(reports.length + 1);
const symbols = async () => (await host.getCatalog()).documents.map((document) => document.symbol);

describe('batch import in the host', () => {
  it('imports a folder as detected and skips, with their reasons, a copy, a damaged file, the compendium and an unsupported file', async () => {
    const summary = await importPaths([reports, join(reports, 'picture.png')], host.batchLibrary());
    expect(summary.entries.map((entry) => [relative(entry.file), entry.status === 'skipped' ? entry.reason : entry.status])).toEqual([
      ['broken.docx', 'not-docx'],
      ['compendium-en.txt', 'compendium'],
      ['older/wg-2030.docx', 'imported'],
      ['wg-2031-copy.txt', 'imported'],
      ['wg-2031.txt', 'already-in-library'],
      ['picture.png', 'unsupported-format'],
    ]);
    expect(summary).toMatchObject({ imported: 2, skipped: 4, notReached: 0, cancelled: false });
    expect(summary.entries[3]).toMatchObject({ detected: { symbol: 'CTOC/COP/WG.7/2031/2', lang: 'en', paragraphs: expect.any(Number) } });
    expect(await symbols()).toEqual(expect.arrayContaining(['CTOC/COP/WG.7/2030/2', 'CTOC/COP/WG.7/2031/2']));
    // The duplicate was refused, not stored beside the first.
    expect((await host.getLibrary()).documents).toHaveLength(2);
  });

  it('a file the library has in its language already, from an earlier import, is skipped and the library keeps its copy', async () => {
    const first = await importPaths([join(reports, 'wg-2031.txt')], host.batchLibrary());
    const again = await importPaths([join(reports, 'wg-2031-copy.txt'), join(root, 'nowhere')], host.batchLibrary());
    expect(again.entries.map((entry) => (entry.status === 'skipped' ? entry.reason : entry.status))).toEqual(['not-found', 'already-in-library']);
    expect((await host.getLibrary()).documents.map((document) => document.source.name)).toEqual([first.entries[0]!.file.split('/').at(-1)]);
  });

  it('a dry run tells what detection finds and stores nothing', async () => {
    const summary = await importPaths([join(reports, 'older')], host.batchLibrary(), { dryRun: true });
    expect(summary.entries).toEqual([expect.objectContaining({ status: 'detected', detected: expect.objectContaining({ symbol: 'CTOC/COP/WG.7/2030/2' }) })]);
    expect((await host.getLibrary()).documents).toEqual([]);
  });

  it('stopped midway, it keeps what was stored, reaches no further file, and the library reads whole', async () => {
    const controller = new AbortController();
    const progress: string[] = [];
    const summary = await importPaths([join(reports, 'older'), join(reports, 'wg-2031.txt'), join(reports, 'compendium-en.txt')], host.batchLibrary(), {
      signal: controller.signal,
      onProgress: ({ done, total, file }) => {
        progress.push(`${done}/${total} ${relative(file)}`);
        if (done === 1) controller.abort();
      },
    });
    expect(progress).toEqual(['0/3 older/wg-2030.docx', '1/3 wg-2031.txt']);
    expect(summary).toMatchObject({ imported: 1, skipped: 0, notReached: 2, cancelled: true });
    const library = await host.getLibrary();
    expect(library.damaged).toEqual([]);
    expect(library.documents.map((document) => document.metadata.symbol)).toEqual(['CTOC/COP/WG.7/2030/2']);
    expect(await readdir(join(root, 'data', 'library', 'documents'))).toHaveLength(1);
  });

  it('the window sends files as bytes: the same import, one summary per call', async () => {
    const base64 = Buffer.from(fixtureAsText(englishReportFixture({ symbol: 'CTOC/COP/WG.7/2032/2' }))).toString('base64');
    const summary = await host.importFiles({ files: [{ name: 'wg-2032.txt', base64 }, { name: 'wg-2032-again.txt', base64 }] });
    expect(summary.entries.map((entry) => (entry.status === 'skipped' ? entry.reason : entry.status))).toEqual(['imported', 'already-in-library']);
    await expect(host.importFiles({ files: 'wg-2032.txt' } as never)).rejects.toMatchObject({ code: 'request.invalid' });
    expect(await symbols()).toContain('CTOC/COP/WG.7/2032/2');
  });
});
