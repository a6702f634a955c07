import type { CorpusDocument, Lang, Theme } from '../../shared/corpus/model';
import { Vocabulary } from '../../shared/search/Vocabulary';
import { compareDocuments } from '../../shared/query/displayOrder';
import { emptyRowFacts, type PrecedentFacts } from '../../shared/query/PrecedentFacts';
import type { PrecedentSource } from '../../shared/query/PrecedentSource';
import { WordRows } from '../../shared/search/WordRows';
import { decodeWordRows, encodeWordRows } from '../../shared/search/wordRowsCodec';
import { FoldedTexts } from './FoldedTexts';
import { WordRowsSearch, type WordRowsStore } from './WordRowsSearch';
import type { FactRow, LibraryDatabase } from './LibraryDatabase';

/**
 * A source reading the database: the facts loaded once (a few columns of every paragraph, no
 * text), searches run in memory on each word's rows and the folded texts (WordRowsSearch), rows
 * and paragraphs read by id when a page or the detail asks.
 */
export function createSqlitePrecedentSource(db: LibraryDatabase, documents: readonly Pick<CorpusDocument, 'id' | 'body' | 'year' | 'meeting'>[], themes: readonly Theme[]): PrecedentSource {
  const { facts, rowids, rowOfRowid } = loadFacts(db, documents, themes);
  const rowCount = facts.ids.length;
  const rowOrder = rowOrderKey(rowids);
  const searches = new Map<Lang, { search: WordRowsSearch; texts: FoldedTexts }>();
  const searchOf = (lang: Lang) => {
    let found = searches.get(lang);
    if (!found) {
      const texts = new FoldedTexts(db, lang, rowOfRowid, rowCount);
      const vocabulary = new Vocabulary(db.vocabulary(lang));
      const search = new WordRowsSearch(vocabulary, { rowCount, texts: () => texts.all() }, keptWordRows(db, lang, rowOrder, rowCount, vocabulary));
      searches.set(lang, (found = { search, texts }));
    }
    return found;
  };
  return {
    facts,
    searchRows: (query, lang) => {
      const { search } = searchOf(lang);
      const marks = search.marks(query);
      // Once this query is answered: what the next key of a phrase typed on will look for.
      if (search.hasReadAhead) {
        setImmediate(() => {
          try {
            search.readAhead();
          } catch {
            // The library closed meanwhile: the next key, if any, reads what it needs then.
          }
        });
      }
      return marks;
    },
    prepareSearch: (lang) => {
      const vocabulary = () => {
        searchOf(lang);
        return false;
      };
      // The vocabulary, then the word lists a slice at a time, then the texts.
      return inTurns([vocabulary, () => searchOf(lang).search.prepareStep(), () => searchOf(lang).texts.readSlice()]);
    },
    rowViews: (rows) => db.views(rows.map((row) => rowids[row]!)),
    paragraphs: (ids) => db.paragraphs(ids),
  };
}

/**
 * Calls the first step once per turn of the event loop until it says it is done (false), then the
 * next: a search asked meanwhile waits for one step at most. Done after the last step.
 */
function inTurns(steps: Array<() => boolean>): Promise<void> {
  return new Promise((done) => {
    const next = () => {
      try {
        if (!steps[0]!()) steps.shift();
        if (steps.length > 0) return void setImmediate(next);
      } catch {
        // The library closed meanwhile: a search of the next one reads what it needs then.
      }
      done();
    };
    setImmediate(next);
  });
}

/** The word lists of one language in the database, for these rows (in this order) and this vocabulary. */
function keptWordRows(db: LibraryDatabase, lang: Lang, rowOrder: string, rowCount: number, vocabulary: Vocabulary): WordRowsStore {
  return {
    kept: function* () {
      const stored = db.wordRows(lang, rowOrder);
      if (!stored) return null;
      // Reading them (7 MB at 100,000 paragraphs, about 50 ms) is a step of its own.
      yield;
      const parts = yield* decodeWordRows(stored, rowCount, vocabulary.words.length);
      return parts ? WordRows.fromParts(parts) : null;
    },
    keep: (wordRows) => {
      try {
        db.keepWordRows(lang, rowOrder, encodeWordRows(wordRows.parts()));
      } catch {
        // The database busy or read-only: the next start makes the lists again, as it did before.
      }
    },
  };
}

/**
 * Names the paragraphs' order (their rowids, as the table shows them), which the kept word lists
 * number rows by: lists kept for another order are not used.
 */
function rowOrderKey(rowids: Int32Array): string {
  let hash = 0x811c9dc5;
  for (const rowid of rowids) hash = Math.imul(hash ^ rowid, 0x01000193);
  return `${rowids.length}:${(hash >>> 0).toString(16)}`;
}

function loadFacts(db: LibraryDatabase, documents: readonly Pick<CorpusDocument, 'id' | 'body' | 'year' | 'meeting'>[], themes: readonly Theme[]) {
  const byDocument = new Map<string, FactRow[]>();
  for (const row of db.factRows()) {
    let list = byDocument.get(row[2]);
    if (!list) byDocument.set(row[2], (list = []));
    list.push(row);
  }
  // The browser's natural order: documents as displayOrder sorts them, paragraphs in document order.
  const ordered = [...documents].sort(compareDocuments).flatMap((document) => byDocument.get(document.id) ?? []);
  const count = ordered.length;
  const ids = new Array<string>(count);
  const rowOf = new Map<string, number>();
  let maxRowid = 0;
  ordered.forEach((row, position) => {
    ids[position] = row[1];
    rowOf.set(row[1], position);
    maxRowid = Math.max(maxRowid, row[0]);
  });
  const facts = emptyRowFacts(ids);
  const rowids = new Int32Array(count);
  const rowOfRowid = new Int32Array(maxRowid + 1).fill(-1);
  ordered.forEach((row, position) => {
    rowids[position] = row[0];
    rowOfRowid[row[0]] = position;
    facts.parent[position] = row[3] === null ? -1 : (rowOf.get(row[3]) ?? -1);
    facts.adopted[position] = row[4];
    facts.hasRef[position] = row[5];
    facts.body[position] = row[6];
    facts.meeting[position] = row[7];
    facts.year[position] = row[8];
    facts.strengths[position] = row[9];
    facts.addressees[position] = row[10];
  });
  return {
    facts: { ...facts, themeRows: themeRows(ordered, facts.parent), themeChildren: new Map(themes.map((theme) => [theme.id, theme.childIds])) } satisfies PrecedentFacts,
    rowids,
    rowOfRowid,
  };
}

/** Rows each theme cites, with their sub-items (a parent's row comes before its sub-items'). */
function themeRows(ordered: readonly FactRow[], parent: Int32Array): Map<string, Int32Array> {
  const themesOf: (readonly string[] | null)[] = new Array(ordered.length).fill(null);
  const rows = new Map<string, number[]>();
  ordered.forEach((row, position) => {
    const own = row[11] === '[]' ? [] : (JSON.parse(row[11]) as string[]);
    const inherited = parent[position]! === -1 ? null : themesOf[parent[position]!];
    const themes = inherited ? [...new Set([...inherited, ...own])] : own;
    if (themes.length === 0) return;
    themesOf[position] = themes;
    for (const themeId of themes) {
      const list = rows.get(themeId);
      if (list) list.push(position);
      else rows.set(themeId, [position]);
    }
  });
  return new Map([...rows].map(([themeId, positions]) => [themeId, Int32Array.from(positions)]));
}
