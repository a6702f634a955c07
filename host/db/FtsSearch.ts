import { matchesWholeWordOnly, matchTerm, typoNarrows } from '../../shared/search/matchTerm';
import { isEmptyQuery, parseQuery, type Phrase } from '../../shared/search/parseQuery';
import { everyRow, narrowToPhrase, narrowToWordStart, rowsFromStart, type PartHits } from '../../shared/search/partHits';
import { planQuery } from '../../shared/search/planQuery';
import type { Vocabulary } from '../../shared/search/Vocabulary';

/** What the search reads of one language: the full-text index and the folded texts, by row. */
export interface FtsIndex {
  rowCount: number;
  /** Rows matching an FTS5 expression. */
  matching(expression: string): Int32Array;
  /** Each row's folded text (50 MB at 100,000 paragraphs: read once, when first needed). */
  texts(): readonly string[];
}

// A typed query asks again for the parts it had a key ago: the last few are kept.
const RECENT_PARTS = 16;
// A phrase being typed ("t) stands for thousands of words: it narrows nothing worth an expression
// that long, and the text test decides anyway.
const MAX_PHRASE_ALTERNATIVES = 200;
const NO_HITS: PartHits = { rows: new Int32Array(0), from: new Int32Array(0) };

/**
 * The search of one language, part by part (each term, each phrase), with the same results as the
 * in-memory index (shared/search). A term is looked up in FTS5 (`"term"*` for the words it begins),
 * unless it extends a term searched a key ago: its hits are then those of the shorter term whose
 * text has a word beginning with it. A phrase is confirmed on the folded text, among the hits of
 * the shorter phrase it extends, else among the rows FTS5 gives for its words.
 */
export class FtsSearch {
  private readonly recent = new Map<string, PartHits>();
  private folded: readonly string[] | null = null;
  private typoWordRows = new Map<string, Int32Array>();

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly index: FtsIndex,
  ) {}

  /** Marks (1) the rows holding every term and phrase of the query. */
  marks(query: string): Uint8Array {
    const parsed = parseQuery(query);
    if (isEmptyQuery(parsed)) return new Uint8Array(this.index.rowCount);
    const parts: PartHits[] = [];
    for (const term of parsed.terms) parts.push(this.termHits(term));
    for (const phrase of parsed.phrases) parts.push(this.phraseHits(phrase));
    return rowsInAll(parts, this.index.rowCount);
  }

  private termHits(term: string): PartHits {
    const { vocabulary } = this;
    if (matchesWholeWordOnly(term)) return this.remembered(`word:${term}`, () => (vocabulary.has(term) ? rowsFromStart(this.index.matching(`"${term}"`)) : NO_HITS));
    if (!vocabulary.hasPrefix(term)) {
      // Taken as mistyped: the words it is close to; typed on, some of those it was close to a key ago.
      return this.remembered(`typo:${term}`, () => {
        const shorter = this.fewestRows('typo:', (typed) => typed !== term && typoNarrows(typed, term));
        const words = [...matchTerm(term, vocabulary, shorter?.hits.words).keys()];
        return { ...rowsFromStart(this.rowsOfAny(words)), words };
      });
    }
    return this.remembered(`begins:${term}`, () => {
      const shorter = this.fewestRows('begins:', (begun) => begun !== term && term.startsWith(begun));
      return shorter ? narrowToWordStart(this.texts(), shorter.hits, term) : rowsFromStart(this.index.matching(`"${term}"*`));
    });
  }

  private phraseHits(phrase: Phrase): PartHits {
    return this.remembered(`phrase:${phrase.text}`, () => {
      const within = this.fewestRows('phrase:', (text) => text !== phrase.text && phrase.text.includes(text));
      // Where a phrase the text begins with was found is where to look; elsewhere in it, from the start.
      if (within) return phrase.text.startsWith(within.part) ? narrowToPhrase(this.texts(), within.hits, phrase.text, within.part) : narrowToPhrase(this.texts(), rowsFromStart(within.hits.rows), phrase.text);
      const plan = planQuery({ terms: [], phrases: [phrase] }, this.vocabulary);
      if (!plan) return NO_HITS;
      const groups = plan.lookups.filter((alternatives) => alternatives.length <= MAX_PHRASE_ALTERNATIVES).map(anyOf);
      const candidates = groups.length > 0 ? rowsFromStart(this.index.matching(groups.join(' AND '))) : everyRow(this.index.rowCount);
      return narrowToPhrase(this.texts(), candidates, phrase.text);
    });
  }

  /**
   * The rows holding any of the words, each word's rows kept for the next key: a mistyped term
   * typed on stands for some of the same words (the longest lists, as "cooperation", cost most).
   */
  private rowsOfAny(words: readonly string[]): Int32Array {
    const kept = this.typoWordRows;
    this.typoWordRows = new Map(words.map((word) => [word, kept.get(word) ?? this.index.matching(`"${word}"`)]));
    if (words.length <= 1) return this.typoWordRows.get(words[0]!) ?? new Int32Array(0);
    const marks = new Uint8Array(this.index.rowCount);
    let count = 0;
    for (const rows of this.typoWordRows.values()) {
      for (const row of rows) {
        count += marks[row]! ^ 1;
        marks[row] = 1;
      }
    }
    const union = new Int32Array(count);
    for (let row = 0, at = 0; at < count; row++) if (marks[row] === 1) union[at++] = row;
    return union;
  }

  private texts(): readonly string[] {
    return (this.folded ??= this.index.texts());
  }

  /** Of the parts kept under `kind` that `contains` accepts, the one with the fewest rows. */
  private fewestRows(kind: string, contains: (part: string) => boolean): { part: string; hits: PartHits } | null {
    let best: { part: string; hits: PartHits } | null = null;
    for (const [key, hits] of this.recent) {
      if (!key.startsWith(kind)) continue;
      const part = key.slice(kind.length);
      if (contains(part) && (!best || hits.rows.length < best.hits.rows.length)) best = { part, hits };
    }
    return best;
  }

  private remembered(key: string, find: () => PartHits): PartHits {
    const hits = this.recent.get(key) ?? find();
    this.recent.delete(key);
    this.recent.set(key, hits);
    if (this.recent.size > RECENT_PARTS) this.recent.delete(this.recent.keys().next().value!);
    return hits;
  }
}

function anyOf(words: readonly string[]): string {
  return `(${words.map((word) => `"${word}"`).join(' OR ')})`;
}

/** Marks (1) the rows found in every part. */
function rowsInAll(parts: readonly PartHits[], rowCount: number): Uint8Array {
  const marks = new Uint8Array(rowCount);
  const ordered = [...parts].sort((a, b) => a.rows.length - b.rows.length);
  if (ordered.length === 1 || ordered[0]!.rows.length === 0) {
    for (const row of ordered[0]!.rows) marks[row] = 1;
    return marks;
  }
  // Stage k: the row was found in the k smallest parts (a part holds each row once). Counted in
  // the marks themselves when they can hold the count: every key of a typed search allocates less.
  const stage = ordered.length < 255 ? marks : new Uint32Array(rowCount);
  ordered.forEach(({ rows }, k) => {
    for (const row of rows) if (stage[row] === k) stage[row] = k + 1;
  });
  for (const row of ordered[0]!.rows) marks[row] = stage[row] === ordered.length ? 1 : 0;
  return marks;
}
