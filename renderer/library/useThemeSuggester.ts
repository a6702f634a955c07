import { useMemo } from 'react';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import { createThemeSuggester, type ThemeSuggester } from '../../shared/import/suggestThemes';

/** One suggester per corpus, remembering each text's suggestions: the preview asks again on every keystroke. */
export function useThemeSuggester(index: CorpusIndex): ThemeSuggester {
  return useMemo(() => {
    const suggest = createThemeSuggester(index.corpus);
    const known = new Map<string, ReturnType<ThemeSuggester>>();
    return (text, lang) => {
      const key = `${lang}\u0000${text}`;
      let suggestions = known.get(key);
      if (!suggestions) known.set(key, (suggestions = suggest(text, lang)));
      return suggestions;
    };
  }, [index]);
}
