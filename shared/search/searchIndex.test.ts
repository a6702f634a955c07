import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { foldForSearch } from '../text/foldForSearch';
import { createSearchIndex, type SearchDoc, type SearchIndex } from './searchIndex';

let docs: SearchDoc[];
let index: SearchIndex;
beforeAll(async () => {
  docs = (await loadBundledCorpus()).paragraphs.flatMap((paragraph) => (paragraph.text.fr ? [{ id: paragraph.id, text: paragraph.text.fr }] : []));
  index = createSearchIndex(docs);
});

/** Ids of the paragraphs whose folded text satisfies every test, in corpus order (the expectation). */
function paragraphsWhere(...tests: Array<(folded: string) => boolean>): string[] {
  return docs.filter((doc) => tests.every((test) => test(foldForSearch(doc.text)))).map((doc) => doc.id);
}
const startsAWord = (prefix: string) => (folded: string) => new RegExp(`(?<![\\p{L}\\p{Nd}])${prefix}`, 'u').test(folded);
const isAWord = (word: string) => (folded: string) => new RegExp(`(?<![\\p{L}\\p{Nd}])${word}(?![\\p{L}\\p{Nd}])`, 'u').test(folded);
const contains = (phrase: string) => (folded: string) => folded.includes(phrase);
const found = (query: string) => [...index.search(query)].sort();
const sorted = (ids: string[]) => [...ids].sort();

describe('createSearchIndex on the bundled corpus', () => {
  it('ignores case and accents, in the query and in the text', () => {
    const expected = sorted(paragraphsWhere(startsAWord('etats'), startsAWord('parties')));
    expect(expected.length).toBeGreaterThan(20);
    for (const query of ['États parties', 'ETATS PARTIES', 'etats parties', 'E\u0301tats Parties']) expect(found(query)).toEqual(expected);
  });

  it('finds the words a term begins: "coopér" finds coopération and coopérer alike', () => {
    const expected = sorted(paragraphsWhere(startsAWord('cooper')));
    expect(expected.length).toBeGreaterThan(paragraphsWhere(startsAWord('cooperation')).length);
    expect(found('coopér')).toEqual(expected);
  });

  it('takes a small typo for the word meant', () => {
    expect(found('cooperatoin')).toEqual(sorted(paragraphsWhere(startsAWord('cooperation'))));
    expect(found('migrnts')).toEqual(sorted(paragraphsWhere(startsAWord('migrants'))));
    expect(found('coopératoin')).toEqual(found('cooperatoin'));
  });

  it('requires every word (AND)', () => {
    const expected = sorted(paragraphsWhere(startsAWord('protection'), startsAWord('enfant')));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(paragraphsWhere(startsAWord('enfant')).length);
    expect(found('protection enfant')).toEqual(expected);
  });

  it('matches one- and two-letter words whole, as they are typed around an apostrophe', () => {
    const expected = sorted(paragraphsWhere(isAWord('l'), startsAWord('article')));
    expect(expected.length).toBeGreaterThan(0);
    expect(found("l'article")).toEqual(expected);
    expect(found('de la')).toEqual(sorted(paragraphsWhere(isAWord('de'), isAWord('la'))));
  });

  it('returns exactly the paragraphs containing a quoted phrase typed without accents', () => {
    const expected = sorted(paragraphsWhere(contains('enfants non accompagnes')));
    expect(expected.length).toBeGreaterThan(0);
    // The same words unquoted are found in more paragraphs: the phrase narrows.
    expect(found('enfants non accompagnes').length).toBeGreaterThan(expected.length);
    expect(found('"enfants non accompagnes"')).toEqual(expected);
    expect(found('« enfants non accompagnés »')).toEqual(expected);
  });

  it('returns exactly the paragraphs containing any phrase taken from the corpus', () => {
    // 25 characters from the middle of every tenth paragraph: phrases that start and end inside words.
    const phrases = docs
      .filter((_, i) => i % 10 === 0)
      .map((doc) => foldForSearch(doc.text))
      .map((folded) => folded.slice(folded.length / 2, folded.length / 2 + 25).trim())
      .filter((phrase) => /\p{L}/u.test(phrase));
    expect(phrases.length).toBeGreaterThan(30);
    for (const phrase of phrases) expect(found(`"${phrase}"`), phrase).toEqual(sorted(paragraphsWhere(contains(phrase))));
  });

  it('matches typographic variants: curly or straight apostrophes, non-breaking or narrow spaces', () => {
    const expected = sorted(paragraphsWhere(contains("de l'article")));
    expect(docs.filter((doc) => doc.text.includes('de l’article')).length).toBeGreaterThan(0);
    expect(docs.filter((doc) => doc.text.includes("de l'article")).length).toBeGreaterThan(0);
    expect(found('"de l\'article"')).toEqual(expected);
    expect(found('"de l’article"')).toEqual(expected);
    const typographic = createSearchIndex(docs.map((doc) => ({ id: doc.id, text: doc.text.replaceAll(' ', '\u202f').replaceAll("'", '’') })));
    expect(sorted(typographic.search('"de l\'article"'))).toEqual(expected);
    expect(sorted(index.search('"de\u00a0l’article"'))).toEqual(expected);
  });

  it('gives the best results first: a limit keeps the head of the full ranking', () => {
    for (const query of ['migrants', 'etats parties', 'coopér', '"trafic illicite de migrants"', "l'article"]) {
      const all = index.search(query);
      expect(all.length).toBeGreaterThan(10);
      expect(new Set(all).size).toBe(all.length);
      expect(index.search(query, { limit: 10 })).toEqual(all.slice(0, 10));
    }
  });

  it('finds nothing for an empty query, a word absent from the corpus, or an unknown phrase', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  " ')).toEqual([]);
    expect(index.search('xylophone')).toEqual([]);
    expect(index.search('"migrants enfants etats"')).toEqual([]);
    expect(index.search('migrants', { limit: 0 })).toEqual([]);
  });
});
