import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { foldForSearch, foldWithOrigins } from '../text/foldForSearch';
import { findMatches, type MatchRange } from './findMatches';
import { matchTerm } from './matchTerm';
import { parseQuery } from './parseQuery';
import { Vocabulary } from './Vocabulary';
import { wordSpans } from './words';
import { createSearchIndex, type SearchDoc } from './searchIndex';

let docs: SearchDoc[];
beforeAll(async () => {
  docs = (await loadBundledCorpus()).paragraphs.flatMap((paragraph) => (paragraph.text.fr ? [{ id: paragraph.id, text: paragraph.text.fr }] : []));
});

const firstText = (test: (text: string) => boolean) => {
  const doc = docs.find((candidate) => test(candidate.text));
  if (!doc) throw new Error('no corpus paragraph fits the test');
  return doc.text;
};
const highlighted = (text: string, query: string) => findMatches(text, query).map(({ start, end }) => text.slice(start, end));

describe('findMatches on corpus paragraphs', () => {
  it('marks the begun part of every word a term matches', () => {
    const text = firstText((t) => /coopération/.test(t) && /coopérer|coopérant/.test(t));
    const words = text.match(/(?<![\p{L}\d])[Cc]oopér\p{L}*/gu)!;
    expect(highlighted(text, 'COOPER')).toEqual(words.map((word) => word.slice(0, 'coopér'.length)));
  });

  it('marks a quoted phrase as one range, wherever it occurs, in its original typography', () => {
    const text = firstText((t) => t.includes('enfants non accompagnés'));
    const occurrences = text.split('enfants non accompagnés').length - 1;
    expect(highlighted(text, '"enfants non accompagnes"')).toEqual(Array(occurrences).fill('enfants non accompagnés'));
    const apostrophe = firstText((t) => t.includes('de l’article'));
    expect(highlighted(apostrophe, '"de l\'article"')).toContain('de l’article');
    const nonBreaking = apostrophe.replaceAll(' ', '\u00a0');
    expect(highlighted(nonBreaking, '"de l\'article"')).toContain('de\u00a0l’article');
  });

  it('marks whole characters: a ligature or a decomposed accent is never cut', () => {
    const text = firstText((t) => t.includes('œuvre'));
    expect(highlighted(text, '"mise en oeuvre"')).toContain('mise en œuvre');
    expect(highlighted(text, 'oeuv')).toContain('œuv');
    expect(highlighted(text, '"mise en o"')).toContain('mise en œ');
    const decomposed = firstText((t) => t.includes('coopération')).normalize('NFD');
    for (const part of highlighted(decomposed, 'cooperation')) expect(part).toBe('coope\u0301ration');
  });

  it('marks the whole word a mistyped term was taken for', () => {
    const text = firstText((t) => t.includes('coopération'));
    expect(new Set(highlighted(text, 'cooperatoin'))).toEqual(new Set(['coopération']));
  });

  it('marks one- and two-letter words only where they stand alone', () => {
    const text = firstText((t) => t.includes('l’article'));
    const parts = findMatches(text, "l'article");
    expect(parts.length).toBeGreaterThan(1);
    for (const { start, end } of parts) {
      expect(foldForSearch(text.slice(start, end))).toMatch(/^(l|article)$/);
      expect(text.slice(start - 1, start)).not.toMatch(/\p{L}/u);
    }
  });

  it('returns ordered, separate ranges, merging a term inside a phrase into the phrase', () => {
    const text = firstText((t) => t.includes('trafic illicite de migrants') && t.split('illicite').length === t.split('trafic illicite de migrants').length);
    const ranges = findMatches(text, '"trafic illicite de migrants" migrants trafic');
    ranges.slice(1).forEach((range, i) => expect(range.start).toBeGreaterThan(ranges[i]!.end));
    expect(highlighted(text, '"trafic illicite de migrants" illicite')).not.toContain('illicite');
  });

  it('highlights something of every term in every search result', () => {
    const index = createSearchIndex(docs);
    for (const query of ['coopér', 'États parties', 'migrnts protection', '"enfants non accompagnes"', "l'article 32"]) {
      const terms = query.replaceAll('"', '').split(/[\s']+/);
      for (const id of index.search(query)) {
        const text = docs.find((doc) => doc.id === id)!.text;
        const marked = highlighted(text, query).map(foldForSearch).join(' | ');
        for (const term of terms) expect(marked, `${id} for ${query}`).toContain(foldForSearch(term).slice(0, 3));
      }
    }
  });

  it('finds nothing for an empty query or a word the text lacks', () => {
    expect(findMatches(docs[0]!.text, '  ')).toEqual([]);
    expect(findMatches(docs[0]!.text, 'xylophone')).toEqual([]);
  });
});

describe('findMatches on any text', () => {
  const words = ['migrants', 'immigrants', 'Migrants', 'migrant', 'coopération', 'coopérer', 'cooperation', 'Œuvre', 'oeuvre', 'l’article', 'l', 'de', 'É\u0301tat', 'États', '𝐀migrants', '32', '1er', 'trafic', 'illicite', 'trafics', 'protection'];
  const separators = [' ', '  ', '\u00a0', '\u202f', ', ', ' « ', ' » ', '-', '‑', '\n', ''];
  const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { minLength: 1, maxLength: 25 }).map((parts) => parts.flat().join(''));
  const term = fc.oneof(
    fc.constantFrom(...words).chain((word) => fc.integer({ min: 1, max: word.length }).map((length) => word.slice(0, length))),
    fc.constantFrom('cooperatoin', 'migrnts', 'protectoin', 'trafci', 'xylophone', 'l', 'de', 'a'),
  );
  const query = fc.oneof(
    fc.array(term, { minLength: 1, maxLength: 3 }).map((terms) => terms.join(' ')),
    fc.tuple(fc.array(term, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([terms, closed]) => `"${terms.join(' ')}${closed ? '"' : ''}`),
  );

  it('marks what the text’s own words and vocabulary match, as the search index matches them', () => {
    fc.assert(
      fc.property(text, query, (sample, typed) => {
        expect(findMatches(sample, typed)).toEqual(matchedByVocabulary(sample, typed));
      }),
      { numRuns: 500 },
    );
  });
});

/** The matches by definition: every word of the text looked up in the text's whole vocabulary (matchTerm). */
function matchedByVocabulary(text: string, query: string): MatchRange[] {
  const parsed = parseQuery(query);
  const { folded, originOf } = foldWithOrigins(text);
  const spans = wordSpans(folded);
  const vocabulary = new Vocabulary(spans.map((span) => span.word));
  const found: Array<[number, number]> = [];
  for (const phrase of parsed.phrases) for (let at = folded.indexOf(phrase.text); at !== -1; at = folded.indexOf(phrase.text, at + 1)) found.push([at, at + phrase.text.length]);
  for (const term of parsed.terms) {
    const matched = matchTerm(term, vocabulary);
    for (const span of spans) if (matched.has(span.word)) found.push([span.start, span.start + matched.get(span.word)!]);
  }
  const ranges = found
    .map(([start, end]) => {
      let originalEnd = originOf(end - 1) + (text.codePointAt(originOf(end - 1))! > 0xffff ? 2 : 1);
      while (originalEnd < text.length && /\p{M}/u.test(text[originalEnd]!)) originalEnd++;
      return { start: originOf(start), end: originalEnd };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: MatchRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
