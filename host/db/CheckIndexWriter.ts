import type Database from 'better-sqlite3';
import { postingKeys } from '../../shared/check/postingRetrieval';
import { WordVocabulary } from '../../shared/check/WordVocabulary';
import { LANGS, type Lang, type Paragraph } from '../../shared/corpus/model';
import { wordIdsBlob, wordIdsOfBlob } from './wordIdsBlob';

/** Word keys sit above every shingle hash (32-bit) in the posting tables. */
export const WORD_KEYS = 2 ** 32;
/** A precedent's place in the corpus as one number: its document's ordinal, then its position. */
const POSITIONS_PER_DOCUMENT = 2 ** 20;

export function corpusOrder(ordinal: number, position: number): number {
  return ordinal * POSITIONS_PER_DOCUMENT + position;
}

/**
 * Keeps the check's tables (schema.ts) in step with the paragraphs, inside the transaction that
 * writes them: each precedent added or removed lists or unlists itself under its keys; the lists'
 * lengths and the new words are written once, at the end.
 */
export class CheckIndexWriter {
  private readonly languages = new Map<Lang, LanguageWriter>();

  constructor(private readonly db: Database.Database) {}

  add(rowid: number | bigint, paragraph: Paragraph, order: number): void {
    if (!paragraph.adopted) return;
    for (const lang of LANGS) {
      const text = paragraph.text[lang];
      if (text?.trim()) this.language(lang).add(Number(rowid), text, order);
    }
  }

  remove(rowid: number): void {
    for (const lang of LANGS) this.language(lang).remove(rowid);
  }

  /** Empties the index, its word ids too: filled again in corpus order, it gives the ids an index built in memory gives. */
  clear(): void {
    for (const lang of LANGS) {
      for (const table of ['precedents', 'words', 'postings', 'lengths']) this.db.exec(`DELETE FROM check_${table}_${lang}`);
    }
  }

  finish(): void {
    for (const writer of this.languages.values()) writer.finish();
  }

  private language(lang: Lang): LanguageWriter {
    let writer = this.languages.get(lang);
    if (!writer) this.languages.set(lang, (writer = new LanguageWriter(this.db, lang)));
    return writer;
  }
}

class LanguageWriter {
  private vocabulary: { words: WordVocabulary; known: { loose: number; exact: number } } | null = null;
  /** Change in each key's list length. */
  private readonly lengths = new Map<number, number>();
  private readonly insertPrecedent;
  private readonly selectIds;
  private readonly deletePrecedent;
  private readonly stagePosting;
  private readonly insertStaged;
  private readonly clearStaged;
  private readonly deletePosting;
  /** Precedents whose postings wait in the staging table. */
  private readonly staged = new Set<number>();

  constructor(
    private readonly db: Database.Database,
    private readonly lang: Lang,
  ) {
    this.insertPrecedent = db.prepare(`INSERT INTO check_precedents_${lang} (rowid, corpus_order, ids) VALUES (?, ?, ?)`);
    this.selectIds = db.prepare(`SELECT ids FROM check_precedents_${lang} WHERE rowid = ?`).pluck();
    this.deletePrecedent = db.prepare(`DELETE FROM check_precedents_${lang} WHERE rowid = ?`);
    // Postings are staged unsorted, then written in key order: inserting each at its scattered place
    // in the lists' B-tree is what made a large import slow.
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS staged_postings_${lang} (key INTEGER NOT NULL, rowid INTEGER NOT NULL)`);
    this.stagePosting = db.prepare(`INSERT INTO staged_postings_${lang} (key, rowid) VALUES (?, ?)`);
    this.insertStaged = db.prepare(`INSERT INTO check_postings_${lang} (key, rowid) SELECT key, rowid FROM staged_postings_${lang} ORDER BY key, rowid`);
    this.clearStaged = db.prepare(`DELETE FROM staged_postings_${lang}`);
    this.deletePosting = db.prepare(`DELETE FROM check_postings_${lang} WHERE key = ? AND rowid = ?`);
  }

  add(rowid: number, text: string, order: number): void {
    const ids = this.words().precedentIds(text);
    this.insertPrecedent.run(rowid, order, wordIdsBlob(ids));
    this.forEachKey(ids.loose, (key) => {
      this.stagePosting.run(key, rowid);
      this.lengths.set(key, (this.lengths.get(key) ?? 0) + 1);
    });
    this.staged.add(rowid);
  }

  remove(rowid: number): void {
    // Its postings must be in the lists to be taken out of them.
    if (this.staged.has(rowid)) this.writeStaged();
    const blob = this.selectIds.get(rowid) as Buffer | undefined;
    if (!blob) return;
    this.forEachKey(wordIdsOfBlob(blob).loose, (key) => {
      this.deletePosting.run(key, rowid);
      this.lengths.set(key, (this.lengths.get(key) ?? 0) - 1);
    });
    this.deletePrecedent.run(rowid);
  }

  private writeStaged(): void {
    this.insertStaged.run();
    this.clearStaged.run();
    this.staged.clear();
  }

  finish(): void {
    const { lang } = this;
    this.writeStaged();
    const upsert = this.db.prepare(`INSERT INTO check_lengths_${lang} (key, length) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET length = length + excluded.length`);
    for (const [key, change] of this.lengths) if (change !== 0) upsert.run(key, change);
    this.db.prepare(`DELETE FROM check_lengths_${lang} WHERE length = 0`).run();
    this.lengths.clear();
    if (!this.vocabulary) return;
    const insertWord = this.db.prepare(`INSERT INTO check_words_${lang} (exact, word, id) VALUES (?, ?, ?)`);
    const { words, known } = this.vocabulary;
    for (const [exact, map, from] of [[0, words.loose, known.loose], [1, words.exact, known.exact]] as const) {
      let at = 0;
      for (const [word, id] of map) if (at++ >= from) insertWord.run(exact, word, id);
    }
    this.vocabulary = null;
  }

  private forEachKey(loose: Int32Array, visit: (key: number) => void): void {
    const { shingles, words } = postingKeys(loose);
    for (const shingle of shingles) visit(shingle);
    for (const word of words) visit(WORD_KEYS + word);
  }

  /** The stored word ids, read when a precedent is first added (in id order, so new ids follow them). */
  private words(): WordVocabulary {
    if (!this.vocabulary) {
      const loose = new Map<string, number>();
      const exact = new Map<string, number>();
      for (const [isExact, word, id] of this.db.prepare(`SELECT exact, word, id FROM check_words_${this.lang} ORDER BY exact, id`).raw().iterate() as Iterable<[number, string, number]>) {
        (isExact ? exact : loose).set(word, id);
      }
      this.vocabulary = { words: new WordVocabulary(loose, exact), known: { loose: loose.size, exact: exact.size } };
    }
    return this.vocabulary.words;
  }
}
