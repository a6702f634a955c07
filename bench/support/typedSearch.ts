import type { Browser, BrowserContext, Page } from '@playwright/test';
import { deskReady } from './deskReady';
import type { WebMode } from './webModeProcess';

/** Typed a key at a time, as a delegate types them: every prefix is a query. */
export const TYPED = ['migrants', 'coopération internationale', 'protection des victimes', '"trafic illicite"', 'cooperatoin', 'sensibilisation'];

/**
 * Each start on a quiet machine: for about a second after a page closes, the browser and the
 * system's writers are busy (seen here: 0.4 s of kernel flush work per 1.5 s), which added up to
 * 0.5 s to the next load's first row.
 */
export function quietMoment(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 1500));
}

/** The desk of a web mode in a fresh browser context, whole (deskReady), as the keys are timed on it. */
export async function openDesk(browser: Browser, web: WebMode): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  // tsx keeps function names with a helper the page does not have; the timed code uses it.
  await page.addInitScript('window.__name = (target) => target;');
  await page.goto(web.appUrl);
  await deskReady(page);
  return { context, page };
}

/** Each key typed into the search box, timed in the page from the key to the rows of its query painted. */
export async function typeQueries(page: Page): Promise<number[]> {
  return page.evaluate(async (queries) => {
    const box = document.querySelector<HTMLInputElement>('input[type="search"][id="precedent-search"]') ?? document.querySelector<HTMLInputElement>('input[type="search"]')!;
    const grid = document.querySelector('[role="grid"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const settled = () =>
      new Promise<void>((resolve) => {
        const check = () => grid.getAttribute('aria-busy') === 'false' && !grid.querySelector('[role="row"][aria-busy="true"]');
        const observer = new MutationObserver(() => {
          if (check()) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(grid, { attributes: true, childList: true, subtree: true });
        if (check()) queueMicrotask(() => (check() ? (observer.disconnect(), resolve()) : undefined));
      });
    const times: number[] = [];
    for (const query of queries) {
      for (let length = 1; length <= query.length; length++) {
        const at = performance.now();
        setValue.call(box, query.slice(0, length));
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 0));
        await settled();
        await painted();
        times.push(performance.now() - at);
      }
      setValue.call(box, '');
      box.dispatchEvent(new Event('input', { bubbles: true }));
      // The next query starts from a painted table, as each key does: typed in the same task as
      // the cleared rows came, its first key waited for their frame, which it is not timed for.
      await settled();
      await painted();
    }
    return times;
  }, TYPED);
}

/** The keys that took longest, as typed (each key is the query so far), with the start they followed. */
export function slowestKeys(timesByStart: readonly (readonly number[])[], count: number): string {
  const keys = TYPED.flatMap((text) => Array.from(text, (_, i) => text.slice(0, i + 1)));
  return timesByStart
    .flatMap((times, start) => times.map((ms, i) => ({ ms, key: `${keys[i]} (${start + 1})` })))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map(({ ms, key }) => `${key} ${ms.toFixed(0)}`)
    .join(', ');
}
