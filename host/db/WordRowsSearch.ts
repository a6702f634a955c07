import { matchesWholeWordOnly, matchTerm, typoNarrows } from '../../shared/search/matchTerm';
import { isEmptyQuery, parseQuery, phraseGoingOn, type Phrase } from '../../shared/search/parseQuery';
import { narrowToPhrase, rowsFromStart, type PartHits } from '../../shared/search/partHits';
import { planQuery } from '../../shared/search/planQuery';
import type { Vocabulary } from '../../shared/search/Vocabulary';
import type { Steps } from '../../shared/search/steps';
import { isOneLetter, WordRows } from '../../shared/search/WordRows';

/** What the search reads of one language: the folded texts, by row. */
export interface SearchedTexts {
  rowCount: number;
  /** Each row's folded text (50 MB at 100,000 paragraphs: read once, ahead or when first needed). */
  texts(): readonly string[];
}

/** Where word lists made once are kept for the next start (the library database). */
export interface WordRowsStore {
  /** The lists kept for these texts and this vocabulary, if any (whole and of the right size), read a slice per step. */
  kept(): Steps<WordRows | null>;
  keep(wordRows: WordRows): void;
}

// A typed query asks again for the parts it had a key ago: the last few are kept.
const RECENT_PARTS = 16;
const NO_HITS: PartHits = { rows: new Int32Array(0), from: new Int32Array(0) };

/**
 * The search of one language, part by part (each term, each phrase), with the same results as the
 * in-memory index (shared/search). A term's rows are those of the words it stands for, joined from
 * the rows of each word (WordRows: kept from an earlier start, else made from the folded texts on
 * the first search and kept). A phrase is confirmed on the folded text, among the hits of the
 * shorter phrase it extends, else among the rows holding a word for each of its words; a phrase
 * inside one word is the rows of the words it is inside.
 */
export class WordRowsSearch {
  private readonly recent = new Map<string, PartHits>();
  private folded: readonly string[] | null = null;
  private wordRows: WordRows | null = null;
  /** The kept lists being read ahead, a step at a time. */
  private reading: Steps<WordRows | null> | null = null;
  /** The phrase the last query ended in, typed on past a space: where it goes on is found ahead (readAhead). */
  private goingOn: string | null = null;

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly source: SearchedTexts,
    private readonly store?: WordRowsStore,
  ) {}

  /** Marks (1) the rows holding every term and phrase of the query. */
  marks(query: string): Uint8Array {
    const parsed = parseQuery(query);
    this.goingOn = phraseGoingOn(query);
    if (isEmptyQuery(parsed)) return new Uint8Array(this.source.rowCount);
    const parts: PartHits[] = [];
    for (const term of parsed.terms) parts.push(this.termHits(term));
    for (const phrase of parsed.phrases) parts.push(this.phraseHits(phrase));
    return rowsInAll(parts, this.source.rowCount);
  }

  /**
   * Reads the word lists ahead of the first key: kept ones a slice per call, lists made from the
   * texts in one. False once they are read; a search meanwhile reads the rest at once.
   */
  prepareStep(): boolean {
    if (this.wordRows) return false;
    const reading = (this.reading ??= this.store?.kept() ?? null);
    const step = reading?.next();
    if (step && !step.done) return true;
    this.reading = null;
    this.wordRows = step?.value ?? this.madeWordRows();
    return false;
  }

  /** Whether the last query left something to find ahead (readAhead). */
  get hasReadAhead(): boolean {
    return this.goingOn !== null;
  }

  /**
   * After a phrase typed on past a space (`"trafic `), finds where it goes on ("trafic " and where
   * in each text), from the rows of the phrase itself. The next key (`"trafic i`) then reads each
   * text from there, where it would otherwise read every text holding the word from its start
   * (30 ms at 100,000 paragraphs). Meant for a later turn, once the query is answered; true if it
   * found something.
   */
  readAhead(): boolean {
    const text = this.goingOn;
    this.goingOn = null;
    if (text === null || this.recent.has(`phrase:${text} `)) return false;
    const phrase = this.recent.get(`phrase:${text}`);
    const inside = this.recent.get(`inside:${text}`);
    if (!phrase && !inside) return false;
    this.remembered(`phrase:${text} `, () => (phrase ? narrowToPhrase(this.texts(), phrase, `${text} `, text) : narrowToPhrase(this.texts(), rowsFromStart(inside!.rows), `${text} `)));
    return true;
  }

  private termHits(term: string): PartHits {
    const { vocabulary } = this;
    if (matchesWholeWordOnly(term)) return this.remembered(`word:${term}`, () => (vocabulary.has(term) ? this.hitsOfWords([vocabulary.indexOf(term)]) : NO_HITS));
    if (!vocabulary.hasPrefix(term)) {
      // Taken as mistyped: the words it is close to; typed on, some of those it was close to a key ago.
      return this.remembered(`typo:${term}`, () => {
        const shorter = this.fewestRows('typo:', (typed) => typed !== term && typoNarrows(typed, term));
        const among = shorter ? Array.from(shorter.hits.wordIds!, (id) => vocabulary.words[id]!) : vocabulary.words;
        return this.hitsOfWords(Int32Array.from(matchTerm(term, vocabulary, among).keys(), (word) => vocabulary.indexOf(word)));
      });
    }
    return this.remembered(`begins:${term}`, () => {
      const { start, end } = vocabulary.prefixRange(term);
      return rowsFromStart(this.words().ofRange(start, end));
    });
  }

  private phraseHits(phrase: Phrase): PartHits {
    // Letters and digits alone are found inside words, wherever: the rows of those words, no text read.
    if (phrase.words.length === 1 && phrase.words[0] === phrase.text) return this.insideWords(phrase.text);
    return this.remembered(`phrase:${phrase.text}`, () => {
      const within = this.fewestRows('phrase:', (text) => text !== phrase.text && phrase.text.includes(text));
      // Where a phrase the text begins with was found is where to look; elsewhere in it, from the start.
      if (within) return phrase.text.startsWith(within.part) ? narrowToPhrase(this.texts(), within.hits, phrase.text, within.part) : narrowToPhrase(this.texts(), rowsFromStart(within.hits.rows), phrase.text);
      const lookups = planQuery({ terms: [], phrases: [phrase] }, this.vocabulary)?.lookups;
      if (!lookups) return NO_HITS;
      const candidates = rowsInAll(
        lookups.map((alternatives) => this.hitsOfWords(alternatives.map((word) => this.vocabulary.indexOf(word)))),
        this.source.rowCount,
      );
      return narrowToPhrase(this.texts(), rowsFromStart(markedRows(candidates)), phrase.text);
    });
  }

  /** The hits of the words the letters and digits are inside; typed on, inside some of the words the shorter ones were. */
  private insideWords(text: string): PartHits {
    return this.remembered(`inside:${text}`, () => {
      if (isOneLetter(text)) return rowsFromStart(this.words().ofLetter(text));
      const shorter = this.fewestRows('inside:', (typed) => typed !== text && text.includes(typed))?.hits.wordIds;
      const { words } = this.vocabulary;
      const inside: number[] = [];
      // A plain loop: filter with a callback over 95,000 ids took 20 ms.
      if (shorter) for (let k = 0; k < shorter.length; k++) words[shorter[k]!]!.includes(text) && inside.push(shorter[k]!);
      else for (let id = 0; id < words.length; id++) words[id]!.includes(text) && inside.push(id);
      return this.hitsOfWords(inside);
    });
  }

  /** The rows holding any of the words (their places in the vocabulary), searched from the start. */
  private hitsOfWords(wordIds: ArrayLike<number>): PartHits {
    return { ...rowsFromStart(this.words().ofWords(wordIds)), wordIds: Int32Array.from(wordIds) };
  }

  private words(): WordRows {
    // The steps left, at once (all of them when nothing was read ahead).
    while (this.prepareStep());
    return this.wordRows!;
  }

  private madeWordRows(): WordRows {
    const made = WordRows.of(this.texts(), this.vocabulary);
    this.store?.keep(made);
    return made;
  }

  private texts(): readonly string[] {
    return (this.folded ??= this.source.texts());
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

/** The marked (1) rows, in order. */
function markedRows(marks: Uint8Array): Int32Array {
  let count = 0;
  for (let row = 0; row < marks.length; row++) count += marks[row]!;
  const rows = new Int32Array(count);
  for (let row = 0, at = 0; at < count; row++) if (marks[row] === 1) rows[at++] = row;
  return rows;
}

/** Marks (1) the rows found in every part. */
function rowsInAll(parts: readonly PartHits[], rowCount: number): Uint8Array {
  const marks = new Uint8Array(rowCount);
  const ordered = [...parts].sort((a, b) => a.rows.length - b.rows.length);
  const fewest = ordered[0]!.rows;
  // Indexed loops over the rows: a for-of over them allocated an iterator result per row (250 MB
  // over the library bench's 300 keys), and the host's heap was collected 6-7 times rather than 1-2.
  if (ordered.length === 1 || fewest.length === 0) {
    for (let i = 0; i < fewest.length; i++) marks[fewest[i]!] = 1;
    return marks;
  }
  // Stage k: the row was found in the k smallest parts (a part holds each row once). Counted in
  // the marks themselves when they can hold the count: every key of a typed search allocates less.
  const stage = ordered.length < 255 ? marks : new Uint32Array(rowCount);
  ordered.forEach(({ rows }, k) => {
    for (let i = 0; i < rows.length; i++) if (stage[rows[i]!] === k) stage[rows[i]!] = k + 1;
  });
  for (let i = 0; i < fewest.length; i++) marks[fewest[i]!] = stage[fewest[i]!] === ordered.length ? 1 : 0;
  return marks;
}
