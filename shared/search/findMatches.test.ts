import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { foldForSearch } from '../text/foldForSearch';
import { findMatches } from './findMatches';
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
