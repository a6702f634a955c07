import { matchesWholeWordOnly, matchTerm, typoNarrows } from '../../shared/search/matchTerm';
import { isEmptyQuery, parseQuery, type Phrase } from '../../shared/search/parseQuery';
import { amongRows, everyRow, narrowToPhrase, narrowToWord, narrowToWordStart, rowsFromStart, type PartHits } from '../../shared/search/partHits';
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
// Parts kept whole narrow the others when the rows in all of them are at most this share of the
// rows. Reading a text to its end takes about 0.7 µs: 25,000 of them cost what FTS5 takes for three
// letters and the reading of its rows at the next letter; a one- or two-letter word, which FTS5
// finds at once when rare, only among 7,000.
const WITHIN_SHARE = 0.25;
const WORD_WITHIN_SHARE = 0.07;
const NO_HITS: PartHits = { rows: new Int32Array(0), from: new Int32Array(0) };

/**
 * The search of one language, part by part (each term, each phrase), with the same results as the
 * in-memory index (shared/search). A term is looked up in FTS5 (`"term"*` for the words it begins),
 * unless it extends a term searched a key ago: its hits are then those of the shorter term whose
 * text has a word beginning with it. A phrase is confirmed on the folded text, among the hits of
 * the shorter phrase it extends, else among the rows FTS5 gives for its words.
 */
export class FtsSearch {
  private readonly recent = new Map<string, KeptPart>();
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
    const parts: Part[] = [...parsed.terms.map((term) => ({ kind: this.kindOf(term), text: term })), ...parsed.phrases.map((phrase) => ({ kind: 'phrase' as const, text: phrase.text, phrase }))];
    const within = this.keptWithin(parts);
    return rowsInAll(
      parts.map((part) => this.hits(part, within)),
      this.index.rowCount,
    );
  }

  private kindOf(term: string): Kind {
    if (matchesWholeWordOnly(term)) return 'word';
    // Taken as mistyped when no word begins with it.
    return this.vocabulary.hasPrefix(term) ? 'begins' : 'typo';
  }

  /**
   * The rows found in all the query's parts kept whole from the keys before, when they are few: the
   * other parts are looked for only among them (the next word of "protection d" in 6,000 texts,
   * not in the 90,000 rows FTS5 gives for "d"), and kept so for the next key.
   */
  private keptWithin(parts: readonly Part[]): Within | null {
    const kept = parts.filter((part) => this.recent.has(keyOf(part, '')));
    if (kept.length === 0 || kept.length === parts.length) return null;
    const marks = rowsInAll(
      kept.map((part) => this.recent.get(keyOf(part, ''))!.hits),
      this.index.rowCount,
    );
    let count = 0;
    for (const mark of marks) count += mark;
    if (count > this.index.rowCount * WITHIN_SHARE) return null;
    const rows = new Int32Array(count);
    for (let row = 0, at = 0; at < count; row++) if (marks[row] === 1) rows[at++] = row;
    return { key: JSON.stringify(kept.map((part) => keyOf(part, '')).sort()), marks, rows };
  }

  /** The part's hits, or its hits among `within`'s rows (a mistyped term's are found whole: its rows come from FTS5 anyway). */
  private hits(part: Part, within: Within | null): PartHits {
    const share = part.kind === 'word' ? WORD_WITHIN_SHARE : WITHIN_SHARE;
    const restricted = within !== null && part.kind !== 'typo' && within.rows.length <= this.index.rowCount * share && !this.recent.has(keyOf(part, ''));
    return this.remembered(part, restricted ? within.key : '', () => this.find(part, restricted ? within : null));
  }

  private find(part: Part, within: Within | null): PartHits {
    const { vocabulary } = this;
    const term = part.text;
    switch (part.kind) {
      case 'word':
        if (!vocabulary.has(term)) return NO_HITS;
        return within ? narrowToWord(this.texts(), rowsFromStart(within.rows), term) : rowsFromStart(this.index.matching(`"${term}"`));
      case 'typo': {
        // Typed on: among the words it was close to a key ago.
        const shorter = this.fewestRows(part, (typed) => typed !== term && typoNarrows(typed, term), null);
        const words = [...matchTerm(term, vocabulary, shorter?.hits.words).keys()];
        return { ...rowsFromStart(this.rowsOfAny(words)), words };
      }
      case 'begins': {
        const shorter = this.fewestRows(part, (begun) => begun !== term && term.startsWith(begun), within);
        if (shorter) return narrowToWordStart(this.texts(), shorter.hits, term);
        return within ? narrowToWordStart(this.texts(), rowsFromStart(within.rows), term) : rowsFromStart(this.index.matching(`"${term}"*`));
      }
      case 'phrase':
        return this.phraseHits(part.phrase!, within);
    }
  }

  private phraseHits(phrase: Phrase, within: Within | null): PartHits {
    const shorter = this.fewestRows({ kind: 'phrase' }, (text) => text !== phrase.text && phrase.text.includes(text), within);
    // Where a phrase the text begins with was found is where to look; elsewhere in it, from the start.
    if (shorter) return phrase.text.startsWith(shorter.text) ? narrowToPhrase(this.texts(), shorter.hits, phrase.text, shorter.text) : narrowToPhrase(this.texts(), rowsFromStart(shorter.hits.rows), phrase.text);
    if (within) return narrowToPhrase(this.texts(), rowsFromStart(within.rows), phrase.text);
    // A one-word phrase being typed ("t) is inside thousands of words: no need to list them all to know.
    if (phrase.words.length === 1 && isInsideMoreWords(this.vocabulary, phrase.words[0]!, MAX_PHRASE_ALTERNATIVES)) return narrowToPhrase(this.texts(), everyRow(this.index.rowCount), phrase.text);
    const plan = planQuery({ terms: [], phrases: [phrase] }, this.vocabulary);
    if (!plan) return NO_HITS;
    const groups = plan.lookups.filter((alternatives) => alternatives.length <= MAX_PHRASE_ALTERNATIVES).map(anyOf);
    const candidates = groups.length > 0 ? rowsFromStart(this.index.matching(groups.join(' AND '))) : everyRow(this.index.rowCount);
    return narrowToPhrase(this.texts(), candidates, phrase.text);
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

  /**
   * Of the parts of the same kind kept whole or among the same rows that `contains` accepts, the one
   * with the fewest rows; its hits among `within`'s rows.
   */
  private fewestRows(like: Pick<Part, 'kind'>, contains: (text: string) => boolean, within: Within | null): { text: string; hits: PartHits } | null {
    let best: KeptPart | null = null;
    for (const kept of this.recent.values()) {
      if (kept.kind !== like.kind || (kept.within !== '' && kept.within !== within?.key) || !contains(kept.text)) continue;
      if (!best || kept.hits.rows.length < best.hits.rows.length) best = kept;
    }
    if (!best) return null;
    return { text: best.text, hits: within && best.within === '' ? amongRows(best.hits, within.marks) : best.hits };
  }

  private remembered(part: Part, within: string, find: () => PartHits): PartHits {
    const key = keyOf(part, within);
    const kept = this.recent.get(key) ?? { kind: part.kind, text: part.text, within, hits: find() };
    this.recent.delete(key);
    this.recent.set(key, kept);
    if (this.recent.size > RECENT_PARTS) this.recent.delete(this.recent.keys().next().value!);
    return kept.hits;
  }
}

type Kind = 'word' | 'typo' | 'begins' | 'phrase';

/** A term (a whole word, a mistyped term, the beginning of words) or a phrase of the query. */
interface Part {
  kind: Kind;
  text: string;
  phrase?: Phrase;
}

/** A part's hits as kept: all of them, or (`within` not empty) those among the rows of the parts it names. */
interface KeptPart {
  kind: Kind;
  text: string;
  within: string;
  hits: PartHits;
}

/** The rows found in all the parts `key` names. */
interface Within {
  key: string;
  marks: Uint8Array;
  rows: Int32Array;
}

function keyOf(part: Pick<Part, 'kind' | 'text'>, within: string): string {
  return JSON.stringify([part.kind, part.text, within]);
}

/** Whether more than `count` words of the vocabulary contain `part`. */
function isInsideMoreWords(vocabulary: Vocabulary, part: string, count: number): boolean {
  let found = 0;
  for (const word of vocabulary.words) if (word.includes(part) && ++found > count) return true;
  return false;
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
