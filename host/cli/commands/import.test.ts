import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchSummary } from '../../../shared/import/batch/batchImport';
import { englishCompendiumFixture } from '../../../shared/import/fixtures/englishCompendiumFixture';
import { englishReportFixture } from '../../../shared/import/fixtures/englishReportFixture';
import { compendiumFixtureAsText } from '../../../shared/import/fixtures/renderCompendiumFixture';
import { fixtureAsText } from '../../../shared/import/fixtures/renderFixture';
import { NO_FILTERS } from '../../../shared/query/precedentFilters';
import { loadBundledCorpus } from '../../corpus/loadBundledCorpus';
import { createNodeDeskHost } from '../../createNodeDeskHost';
import { recordingIO } from '../recordingIO';
import { runDesk } from '../runDesk';

let folder: string;
let dataDir: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'desk-import-'));
  dataDir = join(folder, 'data');
  const reports = join(folder, 'reports');
  await mkdir(join(reports, '2030'), { recursive: true });
  // Three new reports (one in a sub-folder), the English version of a bundled one, a copy of it, the
  // English compendium (imported alone, with its preview) and a file that is not a report.
  for (const year of [2031, 2032]) await writeFile(join(reports, `wg-${year}.txt`), fixtureAsText(englishReportFixture({ symbol: `CTOC/COP/WG.7/${year}/2`, extraRecommendations: 2 })));
  await writeFile(join(reports, '2030', 'wg-2030.md'), fixtureAsText(englishReportFixture({ symbol: 'CTOC/COP/WG.7/2030/2' })));
  await writeFile(join(reports, 'report-2012-en.txt'), fixtureAsText(englishReportFixture()));
  await writeFile(join(reports, 'report-2012-en-copy.txt'), fixtureAsText(englishReportFixture()));
  await writeFile(join(reports, 'compendium-en.txt'), compendiumFixtureAsText(englishCompendiumFixture()));
  await writeFile(join(reports, 'shopping.txt'), 'Milk, bread, apples.');
  await writeFile(join(reports, 'picture.png'), 'not looked at');
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function desk(...args: string[]) {
  const io = recordingIO();
  const code = await runDesk(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('desk import', () => {
  it('with --dry-run prints what detection finds and stores nothing', async () => {
    const result = await desk('import', join(folder, 'reports'), '--data-dir', dataDir, '--dry-run', '--json');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as BatchSummary;
    expect(summary.entries.map((entry) => [entry.file.slice(folder.length + 9), entry.status])).toEqual([
      ['2030/wg-2030.md', 'detected'],
      ['compendium-en.txt', 'skipped'],
      ['report-2012-en-copy.txt', 'detected'],
      ['report-2012-en.txt', 'detected'],
      ['shopping.txt', 'skipped'],
      ['wg-2031.txt', 'detected'],
      ['wg-2032.txt', 'detected'],
    ]);
    expect(summary.entries[5]).toMatchObject({ detected: { symbol: 'CTOC/COP/WG.7/2031/2', lang: 'en', body: 'wg', kind: 'report' } });
    expect(await readdir(join(dataDir, 'library', 'documents')).catch(() => [])).toEqual([]);
  });

  it('imports a folder and its sub-folders, skipping with their reasons a copy and what is not a report', async () => {
    const result = await desk('import', join(folder, 'reports'), '--data-dir', dataDir, '--json');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as BatchSummary;
    expect({ imported: summary.imported, skipped: summary.skipped, cancelled: summary.cancelled }).toEqual({ imported: 4, skipped: 3, cancelled: false });
    const skipped = summary.entries.flatMap((entry) => (entry.status === 'skipped' ? [[entry.file.slice(folder.length + 9), entry.reason]] : []));
    expect(skipped).toEqual([
      ['compendium-en.txt', 'compendium'],
      ['report-2012-en.txt', 'already-in-library'],
      ['shopping.txt', 'not-a-report'],
    ]);

    // The next start finds them in the library and its index.
    const host = await createNodeDeskHost({ dataDir, loadCorpus: () => loadBundledCorpus(), saveFile: () => Promise.reject(new Error('unused')), pickImportFiles: async () => [] });
    const symbols = (await host.getCatalog()).documents.map((document) => document.symbol);
    expect(symbols).toEqual(expect.arrayContaining(['CTOC/COP/WG.7/2030/2', 'CTOC/COP/WG.7/2031/2', 'CTOC/COP/WG.7/2032/2']));
    const found = await host.precedentIds({ query: { filters: { ...NO_FILTERS, includeContext: true, query: 'conference parties' }, lang: 'en', sort: null } });
    for (const symbol of ['CTOC/COP/WG.7/2030/2', 'CTOC/COP/WG.7/2031/2', 'CTOC/COP/WG.7/2032/2']) expect(found.some((id) => id.startsWith(`${symbol}#`)), symbol).toBe(true);
    host.close();

    // Again: everything is there already.
    const again = JSON.parse((await desk('import', join(folder, 'reports', '2030'), '--data-dir', dataDir, '--json')).stdout) as BatchSummary;
    expect(again.entries).toEqual([expect.objectContaining({ status: 'skipped', reason: 'already-in-library' })]);
  });

  it('prints a readable summary, and exits 2 for a path that does not exist', async () => {
    const result = await desk('import', join(folder, 'reports', 'shopping.txt'), join(folder, 'nowhere'), '--data-dir', dataDir);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('skipped');
    expect(result.stdout).toContain('0 imported, 2 skipped.');
    expect(result.stderr).toContain('do not exist');
  });
});
