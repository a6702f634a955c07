import type { CorpusIndex } from '../corpus/corpusIndex';
import { LANGS, type Lang } from '../corpus/model';
import { detectStrengths } from '../corpus/operativeStrength';
import type { WordToken } from '../text/normalizeWording';
import { attributeSpans, PHRASE_WORDS } from './attributeSpans';
import { commitmentChanges } from './commitmentChange';
import { comparableWords } from './comparableWords';
import { type Alignment, alignWords, commonWords, sameWordPairs, countChanges, describeParts, MIN_ALIGNED_SIMILARITY } from './compareWords';
import { detectLanguage } from './detectLanguage';
import type { AttributedSpan, CheckOptions, ParagraphCheck, PhraseUsage, PrecedentMatch, Verdict } from './model';
import { phraseUsage, type CorpusPlaces } from './phraseUsage';
import { buildPrecedentIndex, type PrecedentIndex, type WordIds } from './precedentIndex';
import { splitParagraphs, type TextParagraph } from './splitParagraphs';
import { strengthChange } from './strengthChange';

/** Precedents retrieved by shared shingles and ranked by common words, per paragraph. */
const RANKED = 10;
const REPORTED = 5;
/**
 * The best precedents get the word-level comparison, the strength check and "also adopted as": the
 * first always, the next two when they are close enough for a comparison to mean something (each
 * half of a paragraph stitched from two precedents is about 0.5 similar to its source).
 */
const COMPARED = 3;
const COMPARED_SIMILARITY = 0.4;
/** Similarity from which two precedents are the same text adopted twice (I.2 and resolution 6/3, para. 2: 0.91). */
export const NEAR_IDENTICAL = 0.85;
/** Near-identical texts share nearly all their shingles: their rarest few are enough to find them. */
const NEAR_IDENTICAL_SHINGLES = 12;
const MODIFIED_COVERAGE = 0.5;
const MODIFIED_SIMILARITY = 0.6;
/**
 * A precedent quoted (nearly) whole inside a longer paragraph of new wording is agreed language
 * even when it is under half of the paragraph: at least this share of its words, and at least
 * QUOTED_MIN_WORDS of them, so that stock phrases ("Prie aussi instamment les États parties") are not enough.
 */
const QUOTED_SHARE = 0.8;
const QUOTED_MIN_WORDS = 8;

export interface PrecedentChecker {
  /** Languages the library has precedents in. */
  languages: Lang[];
  /** One result per non-blank line of `text`. */
  check(text: string, options?: CheckOptions): ParagraphCheck[];
  /** `text` as one paragraph (line breaks are spaces): for a paragraph of a draft. */
  checkParagraph(text: string, options?: CheckOptions): ParagraphCheck;
  /** Other precedents with near-identical wording, most similar first. */
  alsoAdoptedAs(paragraphId: string): string[];
  phraseUsage(phrase: string, options?: CheckOptions): PhraseUsage;
}

interface Ranked {
  precedent: number;
  /** Retrieval score (shared shingles). */
  score: number;
  ids: WordIds;
  sameWords: number;
  similarity: number;
}

function verdictOf(best: Ranked | undefined, coverage: number, quotesPrecedent: boolean): Verdict {
  const similarity = best?.similarity ?? 0;
  if (similarity === 1) return 'verbatim';
  return coverage >= MODIFIED_COVERAGE || similarity >= MODIFIED_SIMILARITY || quotesPrecedent ? 'modified' : 'new';
}

/** Whether the spans taken from one precedent hold most of its words (see QUOTED_SHARE). */
function quotesAPrecedent(spans: readonly AttributedSpan[], precedentWords: ReadonlyMap<string, number>): boolean {
  const taken = new Map<string, number>();
  for (const span of spans) if (span.source) taken.set(span.source.paragraphId, (taken.get(span.source.paragraphId) ?? 0) + span.words);
  return [...taken].some(([id, words]) => words >= QUOTED_MIN_WORDS && words >= QUOTED_SHARE * (precedentWords.get(id) ?? Infinity));
}

/** Only adopted paragraphs are precedents. Build once: the indexes take a moment on a large library. */
export function createPrecedentChecker(corpus: CorpusIndex): PrecedentChecker {
  const adopted = corpus.corpus.paragraphs.filter((paragraph) => paragraph.adopted);
  const indexes = new Map<Lang, PrecedentIndex>();
  for (const lang of LANGS) {
    const withText = adopted.filter((paragraph) => paragraph.text[lang]?.trim());
    if (withText.length > 0) indexes.set(lang, buildPrecedentIndex(withText, lang));
  }
  return checkerOverIndexes(indexes, (ids) =>
    corpus.corpus.paragraphs.filter((paragraph) => ids.has(paragraph.id)).map((paragraph) => ({ id: paragraph.id, year: corpus.documents.get(paragraph.docId)?.year })),
  );
}

/**
 * The check over precedent indexes however they are held (in memory, or the library database's in
 * the host): `places` puts the paragraphs a phrase is found in in corpus order, with their years.
 */
export function checkerOverIndexes(indexes: ReadonlyMap<Lang, PrecedentIndex>, places: CorpusPlaces): PrecedentChecker {
  const languages = LANGS.filter((lang) => (indexes.get(lang)?.count ?? 0) > 0);
  const nearIdentical = new Map<string, string[]>();

  /**
   * Retrieved candidates ranked by common words, best first (similarity, then shared shingles).
   * With `nearIdenticalTo` (a precedent), only candidates that can be near-identical to it: those
   * whose lengths alone rule it out are not compared.
   */
  function rank(index: PrecedentIndex, query: WordIds, nearIdenticalTo?: number): Ranked[] {
    const length = query.loose.length;
    const atLeast = nearIdenticalTo === undefined ? 0 : NEAR_IDENTICAL;
    const options = nearIdenticalTo === undefined ? {} : { exclude: nearIdenticalTo, rarest: NEAR_IDENTICAL_SHINGLES };
    return index
      .candidates(query, RANKED, options)
      .flatMap((candidate) => {
        const ids = index.idsOf(candidate.precedent);
        const total = length + ids.loose.length;
        if (total === 0 || (2 * Math.min(length, ids.loose.length)) / total < atLeast) return [];
        const sameWords = commonWords(query, ids);
        return [{ ...candidate, ids, sameWords, similarity: (2 * sameWords) / total }];
      })
      .sort((a, b) => b.similarity - a.similarity || b.score - a.score);
  }

  function alsoAdoptedAs(paragraphId: string): string[] {
    const known = nearIdentical.get(paragraphId);
    if (known) return known;
    const found = new Map<string, number>();
    for (const index of indexes.values()) {
      const position = index.precedentOf(paragraphId);
      if (position === undefined) continue;
      for (const other of rank(index, index.idsOf(position), position)) {
        const id = index.idOf(other.precedent);
        if (other.similarity >= NEAR_IDENTICAL) found.set(id, Math.max(other.similarity, found.get(id) ?? 0));
      }
    }
    const result = [...found].sort(([, a], [, b]) => b - a).map(([id]) => id);
    nearIdentical.set(paragraphId, result);
    return result;
  }

  function match(index: PrecedentIndex, paragraph: TextParagraph, words: WordToken[], candidate: Ranked, position: number, closestAlignment: Alignment | null): PrecedentMatch {
    const id = index.idOf(candidate.precedent);
    const precedent = { text: index.textOf(candidate.precedent), tokens: index.tokensOf(candidate.precedent) };
    const draft = { text: paragraph.text, tokens: words };
    const compared = position === 0 || (position < COMPARED && candidate.similarity >= COMPARED_SIMILARITY);
    const alignment = !compared ? null : position === 0 && closestAlignment ? closestAlignment : alignWords(words, precedent.tokens);
    return {
      paragraphId: id,
      similarity: candidate.similarity,
      sameWords: candidate.sameWords,
      precedentWords: candidate.ids.loose.length,
      comparison: alignment ? describeParts(alignment.parts, draft, precedent) : null,
      changes: alignment ? countChanges(alignment.parts) : null,
      strengthChange: alignment ? strengthChange(draft, precedent, alignment.parts, index.lang) : null,
      commitmentChanges: alignment ? commitmentChanges(draft.text, precedent.text, index.lang) : [],
      alsoAdoptedAs: alignment ? alsoAdoptedAs(id) : [],
    };
  }

  function checkOne(paragraph: TextParagraph, position: number, options: CheckOptions): ParagraphCheck {
    const detected = options.lang ? null : detectLanguage(paragraph.text);
    const lang = options.lang ?? detected ?? languages[0] ?? 'fr';
    const words = comparableWords(paragraph.text);
    const index = languages.includes(lang) ? indexes.get(lang) : undefined;
    const unattributed: AttributedSpan[] = words.length
      ? [{ start: words[0]?.start ?? 0, end: words[words.length - 1]?.end ?? 0, words: words.length, source: null }]
      : [];
    const base = {
      index: position,
      text: paragraph.text,
      start: paragraph.start,
      end: paragraph.end,
      lang,
      langSource: options.lang ? ('given' as const) : detected ? ('detected' as const) : ('default' as const),
      words: words.length,
      strengths: detectStrengths(paragraph.text, lang),
    };
    if (!index) return { ...base, verdict: 'no-precedents-in-language', coverage: 0, precedents: [], spans: unattributed };
    if (words.length === 0) return { ...base, verdict: 'new', coverage: 0, precedents: [], spans: [] };

    const query = index.idsFor(words);
    const ranked = rank(index, query);
    const closest = ranked[0];
    const closestAlignment = closest && closest.similarity >= MIN_ALIGNED_SIMILARITY ? alignWords(words, index.tokensOf(closest.precedent)) : null;
    const { spans, coveredWords } = attributeSpans(
      words,
      query,
      ranked.map((candidate) => ({
        paragraphId: index.idOf(candidate.precedent),
        ids: candidate.ids,
        tokens: () => index.tokensOf(candidate.precedent),
      })),
      closestAlignment ? { source: 0, pairs: sameWordPairs(closestAlignment.parts, PHRASE_WORDS) } : undefined,
    );
    const coverage = coveredWords / words.length;
    const precedents = ranked
      .filter((candidate) => candidate.similarity >= MIN_ALIGNED_SIMILARITY)
      .slice(0, REPORTED)
      .map((candidate, position) => match(index, paragraph, words, candidate, position, closestAlignment));
    const precedentWords = new Map(ranked.map((candidate) => [index.idOf(candidate.precedent), candidate.ids.loose.length]));
    return { ...base, verdict: verdictOf(ranked[0], coverage, quotesAPrecedent(spans, precedentWords)), coverage, precedents, spans };
  }

  return {
    languages,
    check: (text, options = {}) => splitParagraphs(text).map((paragraph, i) => checkOne(paragraph, i, options)),
    checkParagraph(text, options = {}) {
      // One space per line-break character, so that offsets still point into `text`.
      const flat = text.replace(/[\r\n]/g, ' ');
      const trimmed = flat.trim();
      const start = flat.length - flat.trimStart().length;
      return checkOne({ text: trimmed, start, end: start + trimmed.length }, 0, options);
    },
    alsoAdoptedAs,
    phraseUsage(phrase, options = {}) {
      const lang = options.lang ?? detectLanguage(phrase);
      const searched = lang ? [indexes.get(lang)] : [...indexes.values()];
      return phraseUsage(phrase, searched.filter((index) => index !== undefined), places);
    },
  };
}
