import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import { createThemeSuggester, type ThemeSuggester } from '../../shared/import/suggestThemes';

/** Texts remembered per state of the library before starting afresh: a preview edits a few rows at a time. */
const MAX_REMEMBERED = 20_000;

const suggesters = new WeakMap<CorpusIndex, ThemeSuggester>();

/**
 * The theme suggester over this state of the library (its index, a new one after each change),
 * made once and remembering each text's suggestions: the import preview asks for every row again
 * at each correction the user makes.
 */
export function previewSuggester(index: CorpusIndex): ThemeSuggester {
  let remembering = suggesters.get(index);
  if (!remembering) {
    const suggest = createThemeSuggester(index.corpus);
    const known = new Map<string, ReturnType<ThemeSuggester>>();
    remembering = (text, lang) => {
      const key = `${lang}\u0000${text}`;
      let suggestions = known.get(key);
      if (!suggestions) {
        if (known.size >= MAX_REMEMBERED) known.clear();
        known.set(key, (suggestions = suggest(text, lang)));
      }
      return suggestions;
    };
    suggesters.set(index, remembering);
  }
  return remembering;
}
