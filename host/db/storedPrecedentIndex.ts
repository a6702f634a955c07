import type Database from 'better-sqlite3';
import { postingRetrieval, type Postings } from '../../shared/check/postingRetrieval';
import { idsForTokens, type PrecedentIndex } from '../../shared/check/precedentIndex';
import { comparableWords } from '../../shared/check/comparableWords';
import type { Lang } from '../../shared/corpus/model';
import type { WordToken } from '../../shared/text/normalizeWording';
import { WORD_KEYS } from './CheckIndexWriter';
import { wordIdsOfBlob } from './wordIdsBlob';

/** Tokenised precedents kept in memory; the rest are tokenised again when needed. */
const TOKEN_CACHE_LIMIT = 5_000;

/**
 * The check's index in one language as the database holds it (CheckIndexWriter): nothing is built,
 * a start reads only the precedents' order (numbered in corpus order, as in memory, so that ties
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
  const wordId = db.prepare(`SELECT id FROM check_words_${lang} WHERE exact = ? AND word = ?`).pluck();
  const lengthOf = db.prepare(`SELECT length FROM check_lengths_${lang} WHERE key = ?`).pluck();
  const listOf = db.prepare(`SELECT rowid FROM check_postings_${lang} WHERE key = ?`).pluck();
  const tokenCache = new Map<number, WordToken[]>();
  const text = (precedent: number) => (textOf.get(rowids[precedent]) as string | null | undefined) ?? '';

  const postings = (offset: number): Postings => ({
    lengthOf: (key) => (lengthOf.get(offset + key) as number | undefined) ?? 0,
    // Rowids follow the order documents were written in, not the corpus's: numbered, then sorted.
    listOf: (key) => Int32Array.from(listOf.all(offset + key) as number[], (rowid) => precedentOfRowid[rowid]!).sort(),
  });
  const vocabulary = (exact: number) => ({ get: (word: string) => wordId.get(exact, word) as number | undefined });

  return {
    lang,
    count: rowids.length,
    idOf: (precedent) => (idOf.get(rowids[precedent]) as string | undefined) ?? '',
    precedentOf(paragraphId) {
      const precedent = precedentOfRowid[(rowidOf.get(paragraphId) as number | undefined) ?? -1] ?? -1;
      return precedent === -1 ? undefined : precedent;
    },
    textOf: text,
    tokensOf(precedent) {
      let tokens = tokenCache.get(precedent);
      if (!tokens) {
        if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
        tokens = comparableWords(text(precedent));
        tokenCache.set(precedent, tokens);
      }
      return tokens;
    },
    idsOf: (precedent) => wordIdsOfBlob(idsOf.get(rowids[precedent]) as Buffer),
    idsFor: (tokens) => idsForTokens(tokens, vocabulary(0), vocabulary(1)),
    ...postingRetrieval(rowids.length, postings(0), postings(WORD_KEYS)),
  };
}
