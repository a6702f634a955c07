import type { Corpus, Lang, Paragraph } from '../corpus/model';
import { words } from '../search/words';
import { foldForSearch } from '../text/foldForSearch';

export interface ThemeSuggestion {
  themeId: string;
  /** Share of the nearest indexed paragraphs' similarity that carries this theme, 0 to 1. */
  score: number;
  /** The indexed paragraphs the suggestion comes from, most similar first. */
  basis: string[];
}

export type ThemeSuggester = (text: string, lang: Lang, options?: { exclude?: string }) => ThemeSuggestion[];

/** How many indexed paragraphs vote, how close one must be to vote, and how much of the vote a theme needs. */
const NEIGHBOURS = 5;
const MIN_SIMILARITY = 0.12;
const MIN_SCORE = 0.3;
const MAX_SUGGESTIONS = 3;

interface Vector {
  weights: Map<string, number>;
  norm: number;
}

/**
 * Suggests themes for a paragraph the compendium's index does not cover, from the index's own
 * choices for the paragraphs worded most like it (TF-IDF cosine over words of three letters or
 * more, in the paragraph's language). Only paragraphs the index cites vote; a suggestion is never
 * written into the index.
 */
export function createThemeSuggester(corpus: Pick<Corpus, 'paragraphs'>): ThemeSuggester {
  const byLang = new Map<Lang, { paragraph: Paragraph; terms: Map<string, number> }[]>();
  for (const paragraph of corpus.paragraphs) {
    if (paragraph.themeIds.length === 0) continue;
    for (const [lang, text] of Object.entries(paragraph.text) as [Lang, string][]) {
      let list = byLang.get(lang);
      if (!list) byLang.set(lang, (list = []));
      list.push({ paragraph, terms: termCounts(text) });
    }
  }
  const models = new Map(
    [...byLang].map(([lang, entries]) => {
      const documentFrequency = new Map<string, number>();
      for (const entry of entries) for (const term of entry.terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      const idf = (term: string) => Math.log((entries.length + 1) / ((documentFrequency.get(term) ?? 0) + 1)) + 1;
      const vectorOf = (terms: Map<string, number>) => vector(terms, idf);
      return [lang, { vectorOf, entries: entries.map((entry) => ({ paragraph: entry.paragraph, vector: vectorOf(entry.terms) })) }] as const;
    }),
  );

  return (text, lang, options = {}) => {
    const model = models.get(lang);
    if (!model) return [];
    const query = model.vectorOf(termCounts(text));
    const neighbours = model.entries
      .filter((entry) => entry.paragraph.id !== options.exclude)
      .map((entry) => ({ paragraph: entry.paragraph, similarity: cosine(query, entry.vector) }))
      .filter((entry) => entry.similarity >= MIN_SIMILARITY)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, NEIGHBOURS);
    const total = neighbours.reduce((sum, entry) => sum + entry.similarity, 0);
    const votes = new Map<string, { score: number; basis: string[] }>();
    for (const { paragraph, similarity } of neighbours) {
      for (const themeId of paragraph.themeIds) {
        const vote = votes.get(themeId) ?? { score: 0, basis: [] };
        vote.score += similarity / total;
        vote.basis.push(paragraph.id);
        votes.set(themeId, vote);
      }
    }
    return [...votes]
      .map(([themeId, vote]) => ({ themeId, score: vote.score, basis: vote.basis }))
      .filter((suggestion) => suggestion.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.themeId.localeCompare(b.themeId))
      .slice(0, MAX_SUGGESTIONS);
  };
}

function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words(foldForSearch(text))) if (word.length >= 3 && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function vector(terms: Map<string, number>, idf: (term: string) => number): Vector {
  const weights = new Map<string, number>();
  let squares = 0;
  for (const [term, count] of terms) {
    const weight = (1 + Math.log(count)) * idf(term);
    weights.set(term, weight);
    squares += weight * weight;
  }
  return { weights, norm: Math.sqrt(squares) };
}

function cosine(a: Vector, b: Vector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size < b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small.weights) dot += weight * (large.weights.get(term) ?? 0);
  return dot / (a.norm * b.norm);
}
