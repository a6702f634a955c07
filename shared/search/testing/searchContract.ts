import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../corpus/model';
import { foldForSearch } from '../../text/foldForSearch';
import type { SearchDoc } from '../searchIndex';

/** Ids of the paragraphs a query finds (their French text), in any order. */
export type Searcher = (query: string) => Promise<readonly string[]> | readonly string[];

const startsAWord = (prefix: string) => (folded: string) => new RegExp(`(?<![\\p{L}\\p{Nd}])${prefix}`, 'u').test(folded);
const isAWord = (word: string) => (folded: string) => new RegExp(`(?<![\\p{L}\\p{Nd}])${word}(?![\\p{L}\\p{Nd}])`, 'u').test(folded);
const contains = (phrase: string) => (folded: string) => folded.includes(phrase);
const sorted = (ids: string[]) => [...ids].sort();

/**
 * The search semantics every engine keeps (the in-memory index, the database's): accents and case,
 * word beginnings, small typos, AND, one- and two-letter words, exact phrases, typography.
 * The expectations are computed from the corpus text itself.
 */
/** `loadCorpus` gives the bundled corpus (read by the host: shared code does not read files). */
export function describeSearchContract(label: string, loadCorpus: () => Promise<Corpus>, open: (corpus: Corpus) => Promise<Searcher>): void {
  describe(`${label}: search semantics on the bundled corpus`, () => {
    let corpus: Corpus;
    let docs: SearchDoc[];
    let search: Searcher;
    beforeAll(async () => {
      corpus = await loadCorpus();
      docs = corpus.paragraphs.flatMap((paragraph) => (paragraph.text.fr ? [{ id: paragraph.id, text: paragraph.text.fr }] : []));
      search = await open(corpus);
    }, 120_000);

    /** Ids of the paragraphs whose folded text satisfies every test (the expectation). */
    const paragraphsWhere = (...tests: Array<(folded: string) => boolean>): string[] => docs.filter((doc) => tests.every((test) => test(foldForSearch(doc.text)))).map((doc) => doc.id);
    const found = async (query: string) => [...(await search(query))].sort();

    it('ignores case and accents, in the query and in the text', async () => {
      const expected = sorted(paragraphsWhere(startsAWord('etats'), startsAWord('parties')));
      expect(expected.length).toBeGreaterThan(20);
      for (const query of ['États parties', 'ETATS PARTIES', 'etats parties', 'E\u0301tats Parties']) expect(await found(query)).toEqual(expected);
    });

    it('finds the words a term begins: "coopér" finds coopération and coopérer alike', async () => {
      const expected = sorted(paragraphsWhere(startsAWord('cooper')));
      expect(expected.length).toBeGreaterThan(paragraphsWhere(startsAWord('cooperation')).length);
      expect(await found('coopér')).toEqual(expected);
    });

    it('takes a small typo for the word meant', async () => {
      expect(await found('cooperatoin')).toEqual(sorted(paragraphsWhere(startsAWord('cooperation'))));
      expect(await found('migrnts')).toEqual(sorted(paragraphsWhere(startsAWord('migrants'))));
      expect(await found('coopératoin')).toEqual(await found('cooperatoin'));
    });

    it('requires every word (AND)', async () => {
      const expected = sorted(paragraphsWhere(startsAWord('protection'), startsAWord('enfant')));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(paragraphsWhere(startsAWord('enfant')).length);
      expect(await found('protection enfant')).toEqual(expected);
    });

    it('matches one- and two-letter words whole, as they are typed around an apostrophe', async () => {
      const expected = sorted(paragraphsWhere(isAWord('l'), startsAWord('article')));
      expect(expected.length).toBeGreaterThan(0);
      expect(await found("l'article")).toEqual(expected);
      expect(await found('de la')).toEqual(sorted(paragraphsWhere(isAWord('de'), isAWord('la'))));
    });

    it('returns exactly the paragraphs containing a quoted phrase typed without accents', async () => {
      const expected = sorted(paragraphsWhere(contains('enfants non accompagnes')));
      expect(expected.length).toBeGreaterThan(0);
      // The same words unquoted are found in more paragraphs: the phrase narrows.
      expect((await found('enfants non accompagnes')).length).toBeGreaterThan(expected.length);
      expect(await found('"enfants non accompagnes"')).toEqual(expected);
      expect(await found('« enfants non accompagnés »')).toEqual(expected);
    });

    it('returns exactly the paragraphs containing any phrase taken from the corpus', async () => {
      // 25 characters from the middle of every tenth paragraph: phrases that start and end inside words.
      const phrases = docs
        .filter((_, i) => i % 10 === 0)
        .map((doc) => foldForSearch(doc.text))
        .map((folded) => folded.slice(folded.length / 2, folded.length / 2 + 25).trim())
        .filter((phrase) => /\p{L}/u.test(phrase));
      expect(phrases.length).toBeGreaterThan(30);
      for (const phrase of phrases) expect(await found(`"${phrase}"`), phrase).toEqual(sorted(paragraphsWhere(contains(phrase))));
    });

    it('matches typographic variants: curly or straight apostrophes, non-breaking or narrow spaces', async () => {
      const expected = sorted(paragraphsWhere(contains("de l'article")));
      expect(docs.filter((doc) => doc.text.includes('de l’article')).length).toBeGreaterThan(0);
      expect(docs.filter((doc) => doc.text.includes("de l'article")).length).toBeGreaterThan(0);
      expect(await found('"de l\'article"')).toEqual(expected);
      expect(await found('"de l’article"')).toEqual(expected);
      const typographic = await open({ ...corpus, paragraphs: corpus.paragraphs.map((paragraph) => ({ ...paragraph, text: { ...paragraph.text, fr: paragraph.text.fr?.replaceAll(' ', '\u202f').replaceAll("'", '’') } })) });
      expect([...(await typographic('"de l\'article"'))].sort()).toEqual(expected);
      expect(await found('"de\u00a0l’article"')).toEqual(expected);
    });

    it('finds nothing for an empty query, a word absent from the corpus, or an unknown phrase', async () => {
      for (const query of ['', '  " ', 'xylophone', '"migrants enfants etats"']) expect(await found(query)).toEqual([]);
    });
  });
}
