import { mkdir, readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { importPaths } from '../host/batchImport/importBatch';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { createNodeDeskHost, LIBRARY_DATABASE_FILE } from '../host/createNodeDeskHost';
import { LibraryDatabase } from '../host/db/LibraryDatabase';
import { sqlitePrecedentLibrary } from '../host/db/sqlitePrecedentLibrary';
import type { SyncReport } from '../host/db/syncLibraryDatabase';
import { LibraryStore } from '../host/library/LibraryStore';
import { createPrecedentChecker, type PrecedentChecker } from '../shared/check/createPrecedentChecker';
import { indexCorpus } from '../shared/corpus/corpusIndex';
import type { PrecedentQuery } from '../shared/query/model';
import type { PrecedentQueryEngine } from '../shared/query/PrecedentQueryEngine';
import { Vocabulary } from '../shared/search/Vocabulary';
import { WordRows } from '../shared/search/WordRows';
import { tokenizeWords } from '../shared/text/normalizeWording';
import { NO_FILTERS } from '../shared/query/precedentFilters';
import { STARTUP_MARKS } from '../renderer/app/startupMarks';
import { againstGoal } from './support/goals';
import { generateReportFiles } from '../e2e/utils/variedReports';
import { firstRowPaintedAt, watchFirstRow } from './support/firstRowTiming';
import { LARGE_LIBRARY_DATA_DIR, LARGE_LIBRARY_PARAGRAPHS, LARGE_LIBRARY_WORK } from './support/largeLibrary';
import { launchChromium } from './support/launchChromium';
import { cpuPerUnit, descendantCpu } from './support/processCpu';
import { formatFigures, formatMs, summarize } from './support/percentiles';
import { openDesk, paintedTimes, quietMoment, slowestKeys, TYPED, typeQueries, type TypedKey } from './support/typedSearch';
import { withWebMode, type WebMode } from './support/webModeProcess';

const PARAGRAPHS = LARGE_LIBRARY_PARAGRAPHS;
const LOADS = 3;
/** Paragraphs checked against the library, each an adopted one with a word in the middle changed. */
const CHECKED = 300;
/**
 * Starts of the desk after which the keys are typed and timed. One start's p95 is its fifth
 * slowest key of 100: the same code gave 34 ms in one run and 64 ms in the next within the hour.
 */
const TYPING_STARTS = 3;
/**
 * The library of 100,000 paragraphs (issue 14): report files generated from the corpus's sentences,
 * varied, imported through the real import path into a data folder kept under .tmp (made once),
 * then: a second start of the host, the engine's search, and in Chromium the first row, typed
 * searches and the window's heap, against the bundled corpus alone.
 */
export default async function benchLibrary(): Promise<void> {
  const corpus = await loadBundledCorpus();
  const files = await generateReportFiles(corpus, join(LARGE_LIBRARY_WORK, `reports-${PARAGRAPHS}`), PARAGRAPHS);
  const dataDir = LARGE_LIBRARY_DATA_DIR;
  await prepareLibrary(files, dataDir);

  // A first start takes in whatever changed (a new schema rebuilds); the second must rebuild nothing.
  for (const which of ['first', 'second'] as const) {
    const reports: SyncReport[] = [];
    const started = performance.now();
    const opened = openLibrary(dataDir, reports);
    const catalog = await opened.catalog();
    await opened.engine();
    const startMs = performance.now() - started;
    const report = reports[0];
    const rebuilt = report?.rebuilt || (report?.filesRead ?? 0) > 0;
    const compacted = report?.compacted ? ', the file compacted' : '';
    console.log(`host ${which} start on ${catalog.paragraphCount} paragraphs (${catalog.documents.length} documents): ${formatMs(startMs)}, ${rebuilt ? `updated ${JSON.stringify(report)}` : 'nothing rebuilt or read again'}${compacted}`);
    if (which === 'second' && rebuilt) againstGoal('second start rebuilds nothing (ms spent rebuilding)', startMs, 0);
    await benchFirstSearch(dataDir, await opened.engine(), which);
    await opened.close();
  }
  await benchCheck(dataDir);
  const library = openLibrary(dataDir, []);
  const engine = await library.engine();
  // Keys typed in the app come after the host's read-ahead (the first search after a start is timed above).
  await engine.prepareSearch('fr');

  // With the counts, as every key asked until they were asked apart; without, as a key asks now.
  for (const withCounts of [true, false]) {
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const text of TYPED) {
        for (let length = 1; length <= text.length; length++) {
          const query: PrecedentQuery = { filters: { ...NO_FILTERS, query: text.slice(0, length) }, lang: 'fr', sort: null };
          const at = performance.now();
          engine.page({ query, offset: 0, limit: 100, withCounts });
          times.push(performance.now() - at);
        }
      }
    }
    const what = withCounts ? 'first page and counts' : 'first page alone, as a key asks';
    console.log(`engine, typed search (${what}): ${formatFigures(times)} over ${times.length} queries (${againstGoal(`engine typed search p95, ${what}`, summarize(times).p95, 16)})`);
  }
  await library.close();

  const browser = await launchChromium();
  try {
    const bundled = await withWebMode('library-bundled', (web) => firstRows(browser, web, 'bundled corpus alone'));
    const large = await withWebMode('library-100k', (web) => firstRows(browser, web, `${PARAGRAPHS} paragraphs`), { dataDir });
    for (const start of ['fresh', 'reopened'] as const) {
      const [bundledFirstRow, libraryFirstRow] = [bundled[start], large[start]];
      const ratio = summarize(libraryFirstRow).median / summarize(bundledFirstRow).median;
      const how = start === 'fresh' ? 'nothing cached' : 'browser opened again, code cached';
      console.log(`first row (${how}), bundled corpus alone: ${formatFigures(bundledFirstRow, { show: ['median', 'max'], digits: 0 })} (${againstGoal(`first row, bundled corpus, ${start}`, summarize(bundledFirstRow).median, 500)})`);
      console.log(`first row (${how}), ${PARAGRAPHS} paragraphs: ${formatFigures(libraryFirstRow, { show: ['median', 'max'], digits: 0 })} (${againstGoal(`first row, 100,000 paragraphs, ${start}`, summarize(libraryFirstRow).median, 1000)}), ${ratio.toFixed(2)} times the bundled corpus (goal at most 1.5${ratio <= 1.5 ? ': met' : ': MISSED'})`);
      if (ratio > 1.5) againstGoal(`first row ratio to bundled corpus (x100), ${start}`, ratio * 100, 150);
    }
    const typedByStart: TypedKey[][] = [];
    const cpuByStart: [string, number][][] = [];
    let warm: number[] = [];
    let heap = Number.NaN;
    for (let start = 1; start <= TYPING_STARTS; start++) {
      await quietMoment();
      await withWebMode('library-search', async (web) => {
        const { context, page } = await openDesk(browser, web);
        const cpuBefore = descendantCpu();
        const typed = await typeQueries(page);
        cpuByStart.push(cpuPerUnit(cpuBefore, descendantCpu(), typed.length));
        typedByStart.push(typed);
        if (start === TYPING_STARTS) {
          // The goal is judged on the keys typed first after each start. Typed again, the window's
          // code has been compiled by V8's optimising tiers, which the first keys wait for (their
          // tasks ran 3–5 times as much script), and the rows' texts are ready for highlighting.
          await typeQueries(page);
          warm = paintedTimes(await typeQueries(page));
          heap = await heapMb(page);
        }
        await context.close();
      }, { dataDir });
    }
    const typed = paintedTimes(typedByStart.flat());
    const eachStart = typedByStart.map((keys) => formatMs(summarize(paintedTimes(keys)).p95, 1)).join(', ');
    console.log(`Chromium, typed search to updated rows: ${formatFigures(typed)} over ${typed.length} keys, ${TYPING_STARTS} starts (p95 of each start: ${eachStart}) (${againstGoal('typed search to rows p95, Chromium', summarize(typed).p95, 50)})`);
    console.log(`  slowest keys: ${slowestKeys(typedByStart, 8)}`);
    const cpu = cpuByStart[0]!.map(([kind]): [string, number] => [kind, cpuByStart.reduce((sum, one) => sum + (one.find(([other]) => other === kind)?.[1] ?? 0), 0) / cpuByStart.length]);
    if (cpu.length > 0) {
      const total = cpu.reduce((sum, [, ms]) => sum + ms, 0);
      console.log(`  CPU per typed key, all processes (${availableParallelism()} cores): ${total.toFixed(1)} ms; ${cpu.map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`).join(', ')}`);
    }
    console.log(`  the same keys typed a third time after the last start (code optimised, texts ready for highlighting): ${formatFigures(warm)}`);
    // The window holds pages and the paragraphs asked for by id, never the whole corpus.
    console.log(`window heap with ${PARAGRAPHS} paragraphs in the library, after searches (pages and paragraphs by id): ${heap.toFixed(0)} MB (goal < 300 MB${heap < 300 ? ': met' : ': MISSED'})`);
    if (heap >= 300) againstGoal('window heap MB', heap, 300);
  } finally {
    await browser.close();
  }
}

/**
 * The first search after a start: after the second, on the word lists kept by the first start's
 * search at the latest; against what making them from the texts costs (what every start paid before
 * they were kept, at the first key or read ahead).
 */
async function benchFirstSearch(dataDir: string, engine: PrecedentQueryEngine, which: 'first' | 'second'): Promise<void> {
  let at = performance.now();
  const { total } = engine.page({ query: { filters: { ...NO_FILTERS, query: 'migrants' }, lang: 'fr', sort: null }, offset: 0, limit: 50, withCounts: true });
  const firstMs = performance.now() - at;
  if (which === 'first') {
    console.log(`first search after the first start ("migrants", ${total} rows): ${formatMs(firstMs)}`);
    return;
  }
  const db = LibraryDatabase.open(join(dataDir, LIBRARY_DATABASE_FILE));
  try {
    at = performance.now();
    WordRows.of(Array.from(db.foldedTexts('fr'), ([, text]) => text), new Vocabulary(db.vocabulary('fr')));
    console.log(`first search after the second start, on the word lists kept: ${formatMs(firstMs)}; making them from the texts instead: ${formatMs(performance.now() - at)}`);
  } finally {
    db.close();
  }
}

/**
 * The precedent check on the database's stored index: the first check after a start, then a check
 * per paragraph; against the in-memory checker every check built from the whole corpus before
 * (its build, its checks, and whether both give the same results).
 */
async function benchCheck(dataDir: string): Promise<void> {
  const library = openLibrary(dataDir, []);
  try {
    let at = performance.now();
    await library.catalog();
    const startMs = performance.now() - at;
    at = performance.now();
    const stored = await library.checker();
    const first = stored.checkParagraph('Les États parties devraient renforcer la coopération internationale en matière de trafic illicite de migrants.', { lang: 'fr' });
    console.log(`first check after a start (${formatMs(startMs)}): ${formatMs(performance.now() - at)} (${first.verdict}, ${first.precedents.length} precedents)`);

    const corpus = await library.corpus();
    const precedents = corpus.paragraphs.filter((paragraph) => paragraph.adopted && paragraph.text.fr?.trim());
    const step = Math.max(1, Math.floor(precedents.length / CHECKED));
    const texts = Array.from({ length: Math.min(CHECKED, precedents.length) }, (_, i) => oneWordChanged(precedents[i * step]?.text.fr ?? ''));
    const storedTimes = timeChecks(stored, texts);
    console.log(`check on the stored index, ${precedents.length} precedents: ${formatFigures(storedTimes, { show: ['median', 'p95', 'max'] })} per paragraph (${againstGoal('check per paragraph p95, 100,000 paragraphs', summarize(storedTimes).p95, 50)})`);

    at = performance.now();
    const memory = createPrecedentChecker(indexCorpus(corpus));
    const buildMs = performance.now() - at;
    const memoryTimes = timeChecks(memory, texts);
    const same = texts.filter((text) => JSON.stringify(stored.checkParagraph(text, { lang: 'fr' })) === JSON.stringify(memory.checkParagraph(text, { lang: 'fr' }))).length;
    console.log(`before, the in-memory checker built from the whole corpus: build ${formatMs(buildMs)}, check ${formatFigures(memoryTimes, { show: ['median', 'p95', 'max'] })}; same results on ${same} of ${texts.length} paragraphs`);
  } finally {
    await library.close();
  }
}

function oneWordChanged(text: string): string {
  const tokens = tokenizeWords(text);
  const middle = tokens[Math.floor(tokens.length / 2)];
  return middle ? `${text.slice(0, middle.start)}modifié${text.slice(middle.end)}` : text;
}

function timeChecks(checker: PrecedentChecker, texts: readonly string[]): number[] {
  return texts.map((text) => {
    const at = performance.now();
    checker.checkParagraph(text, { lang: 'fr' });
    return performance.now() - at;
  });
}

function openLibrary(dataDir: string, reports: SyncReport[]) {
  return sqlitePrecedentLibrary({ file: join(dataDir, LIBRARY_DATABASE_FILE), loadBundled: () => loadBundledCorpus(), files: new LibraryStore(join(dataDir, 'library')), onSync: (report) => reports.push(report) });
}

/** The library imported once (batch import, as `desk import` does); a kept one is used as it is. */
async function prepareLibrary(files: readonly string[], dataDir: string): Promise<void> {
  const documentsDir = join(dataDir, 'library', 'documents');
  const have = (await readdir(documentsDir).catch(() => [])).length;
  if (have === files.length) return;
  await mkdir(dataDir, { recursive: true });
  const host = await createNodeDeskHost({ dataDir, loadCorpus: () => loadBundledCorpus(), saveFile: () => Promise.reject(new Error('unused')), pickImportFiles: async () => [] });
  const started = performance.now();
  const summary = await importPaths(files, host.batchLibrary());
  const seconds = (performance.now() - started) / 1000;
  await host.close();
  console.log(`batch import of ${files.length} report files: ${summary.imported} imported, ${summary.skipped} skipped, ${seconds.toFixed(0)} s (${((files.length * 200) / seconds).toFixed(0)} paragraphs/s, index included)`);
}

/**
 * The first row painted: in a new browser context at each load, with nothing cached (the first start
 * after installing), and in one context opened again (as at later starts: the browser, like
 * Electron, keeps the code and its compiled form).
 */
async function firstRows(browser: Awaited<ReturnType<typeof launchChromium>>, web: WebMode, corpus: string): Promise<{ fresh: number[]; reopened: number[] }> {
  const fresh: FirstRowLoad[] = [];
  // One more load than counted: the first also waits for the server's first synchronisation.
  for (let load = 0; load <= LOADS; load++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const timed = await firstRowOfOneLoad(context, web, load === LOADS);
    if (load > 0) fresh.push(timed);
    await context.close();
  }
  const reopened: FirstRowLoad[] = [];
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // Chromium keeps a script's compiled code from its second load on.
  for (let load = 0; load < LOADS + 2; load++) {
    const timed = await firstRowOfOneLoad(context, web, false);
    if (load >= 2) reopened.push(timed);
  }
  await context.close();
  console.log(`first row where the time goes, ${corpus}, nothing cached: ${startupBreakdown(fresh)}`);
  console.log(`first row where the time goes, ${corpus}, opened again: ${startupBreakdown(reopened)}`);
  return { fresh: fresh.map((load) => load.painted), reopened: reopened.map((load) => load.painted) };
}

interface FirstRowLoad {
  painted: number;
  /** The window's startup marks (renderer/app/startupMarks.ts), ms from navigation. */
  marks: Partial<Record<string, number>>;
}

/** Where the first row's time went: each startup mark's median, in the order of the start. */
function startupBreakdown(loads: readonly FirstRowLoad[]): string {
  const median = (values: number[]) => summarize(values).median.toFixed(0);
  const steps = Object.entries(STARTUP_MARKS).map(([step, name]) => `${step} ${median(loads.flatMap((load) => load.marks[name] ?? []))}`);
  return `${steps.join(', ')}, painted ${median(loads.map((load) => load.painted))} ms (medians from navigation)`;
}

async function firstRowOfOneLoad(context: BrowserContext, web: WebMode, sayWhenDraftReady: boolean): Promise<FirstRowLoad> {
  await quietMoment();
  const page = await context.newPage();
  await watchFirstRow(page);
  await page.goto(web.appUrl);
  const painted = await firstRowPaintedAt(page, 120_000);
  const marks = Object.fromEntries(await page.evaluate(() => performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime] as const)));
  // The draft pane comes after the first rows: the next load must not queue behind it.
  await page.waitForSelector('[role="textbox"][contenteditable="true"]', { timeout: 300_000 });
  if (sayWhenDraftReady) console.log(`  draft pane ready after ${(await page.evaluate(() => performance.now())).toFixed(0)} ms`);
  await page.close();
  return { painted, marks };
}

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}
