import { diffArrays } from 'diff';

/**
 * Wording comparison between two printings of the same paragraph: typography (apostrophes,
 * quotation marks, spaces before punctuation) is not wording; words, accents and hyphens are.
 */
export function wordingKey(text: string): string {
  return text
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[«»“”„"]/g, '"')
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .replace(/ ([:;!?»])/g, '$1')
    .replace(/" /g, '"')
    .replace(/ "/g, '"')
    .trim();
}

export function sameWording(a: string, b: string): boolean {
  return wordingKey(a) === wordingKey(b);
}

/** The words that differ, e.g. `-ONUDD +ONUDC`, for the data-quality report. */
export function describeWordingDifference(original: string, variant: string): string {
  return diffArrays(wordingKey(original).split(' '), wordingKey(variant).split(' '))
    .filter((part) => part.added || part.removed)
    .map((part) => `${part.added ? '+' : '-'}«${part.value.join(' ')}»`)
    .join(' ');
}

const words = (text: string) =>
  wordingKey(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export interface BigramProfile {
  counts: Map<string, number>;
  total: number;
}

const profiles = new Map<string, BigramProfile>();

/** Word-bigram counts of a text (memoised: report paragraphs are compared with many recommendations). */
export function bigramProfile(text: string): BigramProfile {
  const known = profiles.get(text);
  if (known) return known;
  const tokens = words(text);
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const key = `${tokens[i]} ${tokens[i + 1]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const profile = { counts, total: Math.max(0, tokens.length - 1) };
  profiles.set(text, profile);
  return profile;
}

/** Similarity of two texts from their word bigrams (Dice coefficient, 0 to 1). */
export function textSimilarity(left: BigramProfile, right: BigramProfile): number {
  if (left.total + right.total === 0) return 0;
  let shared = 0;
  for (const [key, count] of left.counts) shared += Math.min(count, right.counts.get(key) ?? 0);
  return (2 * shared) / (left.total + right.total);
}
