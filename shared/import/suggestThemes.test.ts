import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import type { Corpus } from '../corpus/model';
import { createThemeSuggester } from './suggestThemes';

let corpus: Corpus;

beforeAll(async () => {
  corpus = await loadBundledCorpus();
});

describe('theme suggestions from the wording of indexed paragraphs', () => {
  it('find the index’s own themes for most indexed paragraphs when each is left out in turn', () => {
    const suggest = createThemeSuggester(corpus);
    const indexed = corpus.paragraphs.filter((p) => p.themeIds.length > 0);
    const found = indexed.filter((p) => suggest(p.text.fr!, 'fr', { exclude: p.id }).some((s) => p.themeIds.includes(s.themeId)));
    // 83 themes: a guess would almost never hit; measured at 75 % (206 of 274).
    expect(found.length / indexed.length).toBeGreaterThan(0.6);
  });

  it('suggest only themes of the index, at most three, each with the paragraphs it comes from', () => {
    const suggest = createThemeSuggester(corpus);
    const themeIds = new Set(corpus.themes.map((t) => t.id));
    for (const paragraph of corpus.paragraphs.filter((p) => p.docId === 'WG.7-2022' && p.adopted)) {
      const suggestions = suggest(paragraph.text.fr!, 'fr');
      expect(suggestions.length).toBeLessThanOrEqual(3);
      for (const suggestion of suggestions) {
        expect(themeIds.has(suggestion.themeId)).toBe(true);
        expect(suggestion.basis.every((id) => corpus.paragraphs.find((p) => p.id === id)!.themeIds.includes(suggestion.themeId))).toBe(true);
      }
    }
  });

  it('suggest nothing in a language no indexed paragraph is written in', () => {
    const suggest = createThemeSuggester(corpus);
    expect(suggest('States parties should strengthen international cooperation against the smuggling of migrants.', 'en')).toEqual([]);
  });
});
