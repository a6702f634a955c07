import type { Lang } from '../../shared/corpus/model';
import { NO_FILTERS } from '../../shared/query/precedentFilters';
import type { PrecedentQueryEngine } from '../../shared/query/PrecedentQueryEngine';
import { rehearsalQueries } from '../../shared/search/rehearsalQueries';

/**
 * Once the window has its opening page. The draft and its paragraphs, asked for next, come between
 * the read's steps; begun at 1.5 s, the read still ran under a delegate's first keys, typed as soon
 * as the desk was whole (about 1.3 s after it opened).
 */
const AFTER_MS = 500;

/** Rows of each rehearsed search, as many as the window's first page asks. */
const REHEARSED_ROWS = 50;

/** Rows looked at for a paragraph to take the rehearsal's words from. */
const ROWS_FOR_WORDS = 10;

const prepared = new WeakMap<PrecedentQueryEngine, Set<Lang>>();

/**
 * The first search in a language reads its word lists (kept ones in 0.15–0.25 s at 100,000
 * paragraphs; made from the texts, 2 s) and the first phrase every text (0.45–0.9 s): once the
 * window has asked for rows in that language, the host reads them shortly after (a step per turn
 * of its event loop), rather than at the delegate's first key. Then it rehearses a few searches
 * (rehearsalQueries), one per turn: the first keys after a start took 5–10 ms more each in the
 * host, whose code for them had not run yet (`mig` 9–15 ms, against 3 ms once it had). Once per
 * state of the library and language.
 */
export function searchReadAhead(engine: PrecedentQueryEngine, lang: Lang): void {
  let langs = prepared.get(engine);
  if (!langs) prepared.set(engine, (langs = new Set()));
  if (langs.has(lang)) return;
  langs.add(lang);
  setTimeout(() => {
    // A library closed or replaced meanwhile: its first search, if any, reads what it needs then.
    Promise.resolve()
      .then(() => engine.prepareSearch(lang))
      .then(() => rehearse(engine, lang))
      .catch(() => undefined);
  }, AFTER_MS).unref();
}

async function rehearse(engine: PrecedentQueryEngine, lang: Lang): Promise<void> {
  // The window's own result stays the one kept, for its next pages.
  const page = (query: string, limit: number) => engine.pageWithoutKeeping({ query: { filters: { ...NO_FILTERS, query }, lang, sort: null }, offset: 0, limit });
  const text = page('', ROWS_FOR_WORDS).rows.find((row) => row.text[lang])?.text[lang];
  for (const query of rehearsalQueries(text ?? '')) {
    // A key typed meanwhile waits for one search at most.
    await new Promise((resolve) => setImmediate(resolve));
    page(query, REHEARSED_ROWS);
  }
}
