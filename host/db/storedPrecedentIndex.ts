import type Database from 'better-sqlite3';
import { comparableWords } from '../../shared/check/comparableWords';
import { postingRetrieval, type Postings } from '../../shared/check/postingRetrieval';
import { idsForTokens, type PrecedentIndex, type WordIds } from '../../shared/check/precedentIndex';
import type { Lang } from '../../shared/corpus/model';
import type { WordToken } from '../../shared/text/normalizeWording';
import { WORD_KEYS } from './CheckIndexWriter';
import { wordIdsOfBlob } from './wordIdsBlob';

/** Precedents' ids, word ids and tokens kept in memory once read; past this many, read again. */
const PRECEDENT_CACHE_LIMIT = 5_000;
/**
 * Long posting lists ("les États parties devraient") come up in check after check and cost the most
 * rows to read: kept in memory once read, up to this many entries in all (16 MB).
 */
const CACHED_LIST_FROM = 64;
const CACHED_ENTRIES_LIMIT = 4_000_000;

/**
 * The check's index in one language as the database holds it (CheckIndexWriter): nothing is built,
 * opening it reads only the precedents' order (numbered in corpus order, as in memory, so that ties
 * fall the same way); posting lists, word ids and texts are read as a check asks for them.
 */
export function storedPrecedentIndex(db: Database.Database, lang: Lang): PrecedentIndex {
  const rowids = Int32Array.from(db.prepare(`SELECT rowid FROM check_precedents_${lang} ORDER BY corpus_order`).pluck().all() as number[]);
  const precedentOfRowid = new Int32Array(rowids.reduce((max, rowid) => Math.max(max, rowid), 0) + 1).fill(-1);
  rowids.forEach((rowid, precedent) => (precedentOfRowid[rowid] = precedent));
  const idOf = db.prepare('SELECT id FROM paragraphs WHERE rowid = ?').pluck();
  const rowidOf = db.prepare('SELECT rowid FROM paragraphs WHERE id = ?').pluck();
  const textOf = db.prepare(`SELECT json_extract(json, '$.text.${lang}') FROM paragraphs WHERE rowid = ?`).pluck();
  const idsOf = db.prepare(`SELECT ids FROM check_precedents_${lang} WHERE rowid = ?`).pluck();
  // json_each first (CROSS JOIN), its key being the position in the array given.
  const wordIds = db.prepare(`SELECT j.value, w.id FROM json_each(?) j CROSS JOIN check_words_${lang} w ON w.exact = ? AND w.word = j.value`).raw();
  const lengthsOf = db.prepare(`SELECT j.key, l.length FROM json_each(?) j CROSS JOIN check_lengths_${lang} l ON l.key = j.value`).raw();
  const listOf = db.prepare(`SELECT rowid FROM check_postings_${lang} WHERE key = ?`).pluck();
  const lists = new Map<number, Int32Array>();
  let listEntries = 0;
  const text = cached((precedent) => (textOf.get(rowids[precedent]) as string | null | undefined) ?? '');

  const postings = (offset: number): Postings => ({
    lengthsOf(keys) {
      const lengths = new Int32Array(keys.length);
      for (const [at, length] of lengthsOf.all(JSON.stringify(keys.map((key) => offset + key))) as [number, number][]) lengths[at] = length;
      return lengths;
    },
    listOf(key) {
      let list = lists.get(offset + key);
      if (list) return list;
      // Rowids follow the order documents were written in, not the corpus's: numbered, then sorted.
      list = Int32Array.from(listOf.all(offset + key) as number[], (rowid) => precedentOfRowid[rowid]!).sort();
      if (list.length >= CACHED_LIST_FROM) {
        if (listEntries + list.length > CACHED_ENTRIES_LIMIT) {
          lists.clear();
          listEntries = 0;
        }
        lists.set(offset + key, list);
        listEntries += list.length;
      }
      return list;
    },
  });
  const vocabulary = (tokens: readonly WordToken[], exact: 0 | 1) => {
    const words = [...new Set(tokens.map((token) => (exact ? token.key : token.loose)))];
    return new Map(wordIds.all(JSON.stringify(words), exact) as [string, number][]);
  };

  return {
    lang,
    count: rowids.length,
    idOf: cached((precedent) => (idOf.get(rowids[precedent]) as string | undefined) ?? ''),
    precedentOf(paragraphId) {
      const precedent = precedentOfRowid[(rowidOf.get(paragraphId) as number | undefined) ?? -1] ?? -1;
      return precedent === -1 ? undefined : precedent;
    },
    textOf: text,
    tokensOf: cached((precedent) => comparableWords(text(precedent))),
    idsOf: cached((precedent): WordIds => wordIdsOfBlob(idsOf.get(rowids[precedent]) as Buffer)),
    idsFor: (tokens) => idsForTokens(tokens, vocabulary(tokens, 0), vocabulary(tokens, 1)),
    ...postingRetrieval(rowids.length, postings(0), postings(WORD_KEYS)),
  };
}

/** `read`, remembered for the precedents read last (PRECEDENT_CACHE_LIMIT). */
function cached<T>(read: (precedent: number) => T): (precedent: number) => T {
  const values = new Map<number, T>();
  return (precedent) => {
    let value = values.get(precedent);
    if (value === undefined) {
      if (values.size >= PRECEDENT_CACHE_LIMIT) values.clear();
      value = read(precedent);
      values.set(precedent, value);
    }
    return value;
  };
}
