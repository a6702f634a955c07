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

/** A key typed, timed in the page from the key; `answered` is null when no message of the host came for it. */
export interface TypedKey {
  /** The key's own task: the window's render of the key typed, before any answer (the query is sent at its start). */
  ownTask: number;
  /** The first message of the host's socket after the key reached the page (the window's thread free to take it). */
  answered: number | null;
  /** Its rows written and laid out. */
  written: number;
  /** Its rows painted. */
  painted: number;
}

/** The keys' times from the key to their rows painted: what the goal is judged on. */
export function paintedTimes(keys: readonly TypedKey[]): number[] {
  return keys.map((key) => key.painted);
}

/**
 * Notes in the page when each message of a WebSocket reaches it, for typeQueries. Run before the
 * page's own code: the desk's socket to its host is made from this class, and this listener, the
 * first added, is called first.
 */
function noteSocketMessages(): void {
  const arrivals: number[] = [];
  Object.assign(window, { __socketMessages: arrivals });
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.addEventListener('message', () => arrivals.push(performance.now()));
    }
  };
}

/** The desk of a web mode in a fresh browser context, whole (deskReady), as the keys are timed on it. */
export async function openDesk(browser: Browser, web: WebMode): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  // tsx keeps function names with a helper the page does not have; the timed code uses it.
  await page.addInitScript('window.__name = (target) => target;');
  await page.addInitScript(noteSocketMessages);
  await page.goto(web.appUrl);
  await deskReady(page);
  return { context, page };
}

/**
 * Each key typed into the search box, timed in the page from the key to the rows of its query
 * painted, and to what comes before (TypedKey). Keys are typed one at a time: the first message of
 * the host after a key is its answer.
 */
export async function typeQueries(page: Page): Promise<TypedKey[]> {
  return page.evaluate(async (queries) => {
    const socketMessages = (window as unknown as { __socketMessages: number[] }).__socketMessages;
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
    const keys: TypedKey[] = [];
    for (const query of queries) {
      for (let length = 1; length <= query.length; length++) {
        socketMessages.length = 0;
        const at = performance.now();
        setValue.call(box, query.slice(0, length));
        box.dispatchEvent(new Event('input', { bubbles: true }));
        // React renders a discrete event's change before its dispatch returns (flushSync at its end).
        const ownTask = performance.now() - at;
        await new Promise((resolve) => setTimeout(resolve, 0));
        await settled();
        const written = performance.now() - at;
        await painted();
        keys.push({ ownTask, answered: socketMessages.length > 0 ? socketMessages[0]! - at : null, written, painted: performance.now() - at });
      }
      setValue.call(box, '');
      box.dispatchEvent(new Event('input', { bubbles: true }));
      // The next query starts from a painted table, as each key does: typed in the same task as
      // the cleared rows came, its first key waited for their frame, which it is not timed for.
      await settled();
      await painted();
    }
    return keys;
  }, TYPED);
}

/**
 * The keys that took longest, as typed (each key is the query so far), with the start they
 * followed, how long the key's own task took, and when their answer came and their rows were
 * written: a slow window before the answer, a slow host, a slow window task, or a slow frame.
 */
export function slowestKeys(keysByStart: readonly (readonly TypedKey[])[], count: number): string {
  const texts = TYPED.flatMap((text) => Array.from(text, (_, i) => text.slice(0, i + 1)));
  const ms = (time: number | null) => (time === null ? '–' : time.toFixed(0));
  return keysByStart
    .flatMap((keys, start) => keys.map((key, i) => ({ ...key, text: `${texts[i]} (${start + 1})` })))
    .sort((a, b) => b.painted - a.painted)
    .slice(0, count)
    .map((key) => `${key.text} ${ms(key.painted)} (own task ${ms(key.ownTask)}, answer ${ms(key.answered)}, rows ${ms(key.written)})`)
    .join(', ');
}
