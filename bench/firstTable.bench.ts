import { firstRowPaintedAt, watchFirstRow } from './support/firstRowTiming';
import { launchChromium } from './support/launchChromium';
import { againstGoal } from './support/goals';
import { formatFigures, summarize } from './support/percentiles';
import { withWebMode } from './support/webModeProcess';

const RUNS = 5;

/**
 * Time from navigation to the first precedent row painted, in Debian's Chromium against the web
 * mode: fetching the app and the corpus over HTTP, indexing it, building the rows, rendering the
 * table. Each run is a fresh browser context (empty cache) against an already running server.
 */
export default async function benchFirstTable(): Promise<void> {
  await withWebMode('first-table', async (web) => {
    const browser = await launchChromium();
    try {
      const times: number[] = [];
      // One more run than counted: the first one also waits for the server to finish building the corpus.
      for (let run = 0; run <= RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        await watchFirstRow(page);
        await page.goto(web.appUrl);
        const firstRowAt = await firstRowPaintedAt(page, 20_000);
        if (run === 0) console.log(`first load after server start: ${firstRowAt.toFixed(0)} ms`);
        else times.push(firstRowAt);
        await context.close();
      }
      const goal = againstGoal('navigation to first table row, median', summarize(times).median, 1000);
      console.log(`navigation to first table row: ${formatFigures(times, { show: ['median', 'min', 'max'], digits: 0 })} over ${RUNS} loads (${goal})`);
    } finally {
      await browser.close();
    }
  });
}
