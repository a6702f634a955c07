import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchSummary } from '../../../shared/import/batch/model';
import { englishReportFixture } from '../../../shared/import/fixtures/englishReportFixture';
import { fixtureAsText } from '../../../shared/import/fixtures/renderFixture';
import { runDeskRecorded } from '../testing/runDeskRecorded';

let folder: string;
let reports: string;
let dataDir: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'desk-import-'));
  reports = join(folder, 'reports');
  dataDir = join(folder, 'data');
  await mkdir(reports);
  // A new report, the English version of a bundled one, and a file that is not a report.
  await writeFile(join(reports, 'wg-2031.txt'), fixtureAsText(englishReportFixture({ symbol: 'CTOC/COP/WG.7/2031/2' })));
  await writeFile(join(reports, 'report-2012-en.txt'), fixtureAsText(englishReportFixture()));
  await writeFile(join(reports, 'shopping.txt'), 'Milk, bread, apples.');
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const storedFiles = () => readdir(join(dataDir, 'library', 'documents')).catch(() => []);

describe('desk import', () => {
  it('with --dry-run --json prints what detection finds and stores nothing', async () => {
    const result = await runDeskRecorded('import', reports, '--data-dir', dataDir, '--dry-run', '--json');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as BatchSummary;
    expect(summary.entries.map((entry) => [entry.file.slice(reports.length + 1), entry.status === 'skipped' ? entry.reason : entry.status])).toEqual([
      ['report-2012-en.txt', 'detected'],
      ['shopping.txt', 'not-a-report'],
      ['wg-2031.txt', 'detected'],
    ]);
    expect(summary.entries[2]).toMatchObject({ detected: { symbol: 'CTOC/COP/WG.7/2031/2', lang: 'en', body: 'wg', kind: 'report' } });
    expect(result.stderr).toContain(`[3/3] ${join(reports, 'wg-2031.txt')}`);
    expect(await storedFiles()).toEqual([]);
  });

  it('imports a folder with a readable summary, and exits 2 when a path given does not exist', async () => {
    const result = await runDeskRecorded('import', reports, join(folder, 'nowhere'), '--data-dir', dataDir);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`imported  ${join(reports, 'wg-2031.txt')}: CTOC/COP/WG.7/2031/2, en, Working Group report`);
    expect(result.stdout).toContain('2 imported, 2 skipped.');
    expect(result.stderr).toContain('do not exist');
    expect(await storedFiles()).toHaveLength(2);
  });
});
