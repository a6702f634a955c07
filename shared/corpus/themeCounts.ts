import type { CorpusIndex } from './corpusIndex';

/** A theme's two counts, both over the theme and its sub-themes. */
export interface ThemeCounts {
  /** Distinct paragraphs the thematic index cites. */
  cited: number;
  /** Those with their sub-items (the index cites a whole paragraph): the adopted paragraphs the precedents table lists for the theme. */
  withSubItems: number;
}

export function themeCounts(index: CorpusIndex, themeId: string): ThemeCounts {
  const cited = new Set<string>();
  const seenThemes = new Set<string>();
  const visitTheme = (id: string) => {
    const theme = index.themes.get(id);
    if (!theme || seenThemes.has(id)) return;
    seenThemes.add(id);
    for (const paragraphId of theme.paragraphIds) cited.add(paragraphId);
    theme.childIds.forEach(visitTheme);
  };
  visitTheme(themeId);

  const listed = new Set<string>();
  const seen = new Set<string>();
  const visitParagraph = (id: string) => {
    const paragraph = index.paragraphs.get(id);
    if (!paragraph || seen.has(id)) return;
    seen.add(id);
    if (paragraph.adopted) listed.add(id);
    paragraph.childIds.forEach(visitParagraph);
  };
  cited.forEach(visitParagraph);
  return { cited: cited.size, withSubItems: listed.size };
}
