import type { Paragraph, Theme } from '../../corpus/model';
import type { EditionTheme } from './model';

export interface ThemeMatch {
  themeId: string;
  /** The edition's label, official. */
  label: string;
  /** The label it replaces (our unofficial translation), if any. */
  replaces: string | null;
}

export interface ThemeMatching {
  matches: ThemeMatch[];
  /** Edition themes no bundled theme cites the same paragraphs as. */
  unmatched: EditionTheme[];
}

/** Below this overlap of words with our own translation, a tie between themes is left unmatched. */
const TIE_BREAK_MINIMUM = 0.5;

/**
 * Pairs an edition's index themes with the bundled themes by what they cite: the same set of
 * paragraphs (the two indexes are sorted in different languages, so order says nothing). When
 * several bundled themes cite the same set (a theme and its synonym, empty group labels), the one
 * whose unofficial English label shares most words with the edition's label is taken, if it shares
 * enough; the label itself always comes from the file.
 */
export function matchThemes(themes: readonly Theme[], byKey: ReadonlyMap<string, Paragraph>, editionThemes: readonly EditionTheme[]): ThemeMatching {
  const citing = new Map<string, Theme[]>();
  for (const theme of themes) {
    const key = setKey(theme.paragraphIds);
    citing.set(key, [...(citing.get(key) ?? []), theme]);
  }
  const taken = new Set<string>();
  const matching: ThemeMatching = { matches: [], unmatched: [] };
  for (const editionTheme of editionThemes) {
    const ids = editionTheme.references.map((reference) => byKey.get(reference)?.id);
    const candidates = ids.includes(undefined) ? [] : (citing.get(setKey(ids as string[])) ?? []).filter((theme) => !taken.has(theme.id));
    const theme = candidates.length === 1 && ids.length > 0 ? candidates[0]! : closestByLabel(candidates, editionTheme.label);
    if (!theme) {
      matching.unmatched.push(editionTheme);
      continue;
    }
    taken.add(theme.id);
    matching.matches.push({ themeId: theme.id, label: editionTheme.label, replaces: theme.label.en ?? null });
  }
  return matching;
}

function setKey(ids: readonly string[]): string {
  return [...new Set(ids)].sort().join('\n');
}

function closestByLabel(candidates: readonly Theme[], label: string): Theme | null {
  const scored = candidates.map((theme) => ({ theme, score: wordOverlap(theme.label.en ?? '', label) })).sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < TIE_BREAK_MINIMUM || (second && second.score === best.score)) return null;
  return best.theme;
}

function wordOverlap(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const left = words(a);
  const right = words(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  return left.size + right.size === 0 ? 0 : (2 * shared) / (left.size + right.size);
}
