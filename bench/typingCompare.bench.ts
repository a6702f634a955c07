import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { p95DifferenceInterval } from './support/bootstrap';
import { LARGE_LIBRARY_DATA_DIR } from './support/largeLibrary';
import { launchChromium } from './support/launchChromium';
import { formatFigures, summarize } from './support/percentiles';
import { openDesk, paintedTimes, quietMoment, typeQueries } from './support/typedSearch';
import { withWebMode } from './support/webModeProcess';

/** Starts of each checkout, alternated, unless BENCH_COMPARE_STARTS says otherwise. */
const STARTS = Number(process.env.BENCH_COMPARE_STARTS ?? 8);

/**
 * The library bench's typed search, on this checkout and on another one (BENCH_COMPARE_WITH: its
 * path, built with `npm run build`), each start of one followed by a start of the other, in turns
 * (ABBA): this machine's pace drifts by a third within the hour, so two figures measured apart
 * cannot tell a change of a few ms. Even so, one commit against itself came out up to 2.4 ms apart
 * in median and 3.7 ms in p95 (four runs of 6–8 starts each, either side ahead): smaller
 * differences are not told apart. Both open the library bench's 100,000 paragraphs (made by
 * `npm run bench -- library`), in its data folder: compare versions that share its database
 * format (a copy of the folder elsewhere is read again whole at its first start). No goal: it says
 * whether a change helps.
 */
export default async function benchTypingCompare(): Promise<void> {
  const other = process.env.BENCH_COMPARE_WITH;
  if (!other) return console.log('skipped: BENCH_COMPARE_WITH=<another checkout, built> compares its typed search with this one');
  if (!existsSync(join(other, 'dist', 'renderer'))) throw new Error(`${other} has no build: run \`npm run build\` there first.`);
  if (!existsSync(LARGE_LIBRARY_DATA_DIR)) throw new Error('The library of 100,000 paragraphs is not made yet: run `npm run bench -- library` once.');
  const checkouts = [
    { name: 'this checkout', checkout: undefined },
    { name: resolve(other), checkout: other },
  ];
  const browser = await launchChromium();
  try {
    const typed = checkouts.map(() => [] as number[][]);
    for (let start = 0; start < STARTS; start++) {
      const order = start % 2 === 0 ? [0, 1] : [1, 0];
      for (const which of order) typed[which]!.push(await typedAfterStart(browser, checkouts[which]!.checkout));
    }
    const [mine, theirs] = typed.map((starts) => starts.flat()) as [number[], number[]];
    console.log(`typed search to updated rows, ${STARTS} starts each, alternated, 100,000 paragraphs:`);
    checkouts.forEach(({ name }, i) => {
      const eachStart = typed[i]!.map((times) => summarize(times).p95.toFixed(1)).join(', ');
      console.log(`  ${name}: ${formatFigures(typed[i]!.flat())} over ${typed[i]!.flat().length} keys (p95 of each start: ${eachStart} ms)`);
    });
    const gap = summarize(mine).p95 - summarize(theirs).p95;
    const interval = p95DifferenceInterval(theirs, mine);
    console.log(`  p95 of this checkout minus the other: ${gap.toFixed(1)} ms (95% bootstrap interval over keys ${interval.low.toFixed(1)} to ${interval.high.toFixed(1)} ms); median: ${(summarize(mine).median - summarize(theirs).median).toFixed(1)} ms`);
  } finally {
    await browser.close();
  }
}

/** The keys typed after one start of a checkout's web mode (this one's when none), on a quiet machine, as the library bench types them. */
async function typedAfterStart(browser: Browser, checkout: string | undefined): Promise<number[]> {
  await quietMoment();
  return withWebMode(
    'typing-compare',
    async (web) => {
      const { context, page } = await openDesk(browser, web);
      try {
        return paintedTimes(await typeQueries(page));
      } finally {
        await context.close();
      }
    },
    { dataDir: LARGE_LIBRARY_DATA_DIR, checkout },
  );
}
