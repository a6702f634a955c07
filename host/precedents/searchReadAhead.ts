import type { Lang } from '../../shared/corpus/model';
import type { PrecedentQueryEngine } from '../../shared/query/PrecedentQueryEngine';

/**
 * Once the window has its opening page. The draft and its paragraphs, asked for next, come between
 * the read's steps; begun at 1.5 s, the read still ran under a delegate's first keys, typed as soon
 * as the desk was whole (about 1.3 s after it opened).
 */
const AFTER_MS = 500;

const prepared = new WeakMap<PrecedentQueryEngine, Set<Lang>>();

/**
 * The first search in a language reads its word lists (kept ones in 0.15–0.25 s at 100,000
 * paragraphs; made from the texts, 2 s) and the first phrase every text (0.45–0.9 s): once the
 * window has asked for rows in that language, the host reads them shortly after (a step per turn
 * of its event loop), rather than at the delegate's first key. Once per state of the library and language.
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
      .catch(() => undefined);
  }, AFTER_MS).unref();
}
