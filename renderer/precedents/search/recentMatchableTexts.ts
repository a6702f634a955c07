import { MatchableText } from '../../../shared/search/findMatches';

/** About ten screens of rows: each key typed shows mostly the rows the key before showed. */
const KEPT = 500;
const recent = new Map<string, MatchableText>();

/** The text made ready for matching, kept among the most recently used, so each key typed matches rows without folding them again. */
export function recentMatchableText(text: string): MatchableText {
  const kept = recent.get(text);
  // Deleted and set again: a Map keeps insertion order, so the oldest is first.
  if (kept) recent.delete(text);
  const prepared = kept ?? new MatchableText(text);
  recent.set(text, prepared);
  if (recent.size > KEPT) recent.delete(recent.keys().next().value!);
  return prepared;
}
