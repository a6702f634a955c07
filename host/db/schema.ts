/**
 * The library database: derived data only (host/library/FORMAT.md files and the bundled sources
 * stay the record), so a new schema version simply rebuilds it.
 */
export const SCHEMA_VERSION = 6;

/**
 * The search's word lists in each language (shared/search/wordRowsCodec.ts), kept once made so that
 * no start makes them again, for the paragraphs in the order `row_order` names; every change of the
 * paragraphs deletes them. Added to files of this schema version as they open: nothing to rebuild.
 */
export const WORD_ROWS_TABLE = 'CREATE TABLE IF NOT EXISTS word_rows (lang TEXT PRIMARY KEY, row_order TEXT NOT NULL, lists BLOB NOT NULL);';

export const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- Each library file as last read: its stamp, and the document it went into (null: not used).
CREATE TABLE library_files (name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime REAL NOT NULL, doc_id TEXT);
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  symbol TEXT,
  bundled INTEGER NOT NULL,
  -- Its place in the merged corpus: the bundled documents' order, then the imported in import order.
  ordinal INTEGER NOT NULL,
  -- What merging its library files noted (a text with no counterpart, a second copy not used).
  notes TEXT NOT NULL,
  -- The CorpusDocument without its paragraph ids (the paragraphs table has them, in order).
  json TEXT NOT NULL
);
CREATE TABLE paragraphs (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  doc_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  parent_id TEXT,
  adopted INTEGER NOT NULL,
  has_ref INTEGER NOT NULL,
  body INTEGER NOT NULL,
  meeting INTEGER NOT NULL,
  year INTEGER NOT NULL,
  strengths INTEGER NOT NULL,
  addressees INTEGER NOT NULL,
  theme_ids TEXT NOT NULL,
  depth INTEGER NOT NULL,
  json TEXT NOT NULL,
  view TEXT NOT NULL
);
-- The folded text searched in each language (the other language's when missing), where phrases
-- are confirmed: apart from the wide rows, so confirming 40,000 candidates reads only their text.
CREATE TABLE folded_fr (rowid INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE folded_en (rowid INTEGER PRIMARY KEY, text TEXT NOT NULL);
-- Covers what a start reads of every paragraph (the facts), so it never reads the wide rows.
CREATE INDEX paragraph_facts ON paragraphs (doc_id, position, id, parent_id, adopted, has_ref, body, meeting, year, strengths, addressees, theme_ids);
-- The words of the folded texts; rowid is the paragraph's rowid. Prefixes and typos are resolved
-- against the vocabulary (fts5vocab) into words, as the in-memory index does.
-- prefix='3': a three-letter beginning ("mig") stands for hundreds of words; its index answers at once.
CREATE VIRTUAL TABLE words_fr USING fts5 (words, content='', contentless_delete=1, detail=none, prefix='3', tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE words_en USING fts5 (words, content='', contentless_delete=1, detail=none, prefix='3', tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE fts_vocabulary_fr USING fts5vocab (words_fr, 'row');
CREATE VIRTUAL TABLE fts_vocabulary_en USING fts5vocab (words_en, 'row');
-- The index's words copied once per change: fts5vocab walks the whole index, a start must not.
CREATE TABLE vocabulary (lang TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY (lang, term)) WITHOUT ROWID;
${WORD_ROWS_TABLE}
${['fr', 'en'].map(checkIndexTables).join('')}`;

/**
 * The precedent check's index in one language (shared/check/precedentIndex.ts), written with the
 * paragraphs so that no start builds it: each precedent (an adopted paragraph with a text in the
 * language; rowid is the paragraph's) with its place in the corpus and its words as ids; the word
 * ids, never reused, so stored ids stay valid; each shingle's and word's precedents (posting
 * lists) and how many they are (retrieval weighs a shingle by it before reading its list).
 */
function checkIndexTables(lang: string): string {
  return `
CREATE TABLE check_precedents_${lang} (rowid INTEGER PRIMARY KEY, corpus_order INTEGER NOT NULL, ids BLOB NOT NULL);
CREATE INDEX check_order_${lang} ON check_precedents_${lang} (corpus_order);
CREATE TABLE check_words_${lang} (exact INTEGER NOT NULL, word TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (exact, word)) WITHOUT ROWID;
CREATE TABLE check_postings_${lang} (key INTEGER NOT NULL, rowid INTEGER NOT NULL, PRIMARY KEY (key, rowid)) WITHOUT ROWID;
CREATE TABLE check_lengths_${lang} (key INTEGER PRIMARY KEY, length INTEGER NOT NULL);
`;
}

/** The check's tables in one language, as checkIndexTables makes them: what checks read, list lengths first. */
export function checkTableNames(lang: string): string[] {
  return [`check_lengths_${lang}`, `check_words_${lang}`, `check_postings_${lang}`, `check_precedents_${lang}`];
}
