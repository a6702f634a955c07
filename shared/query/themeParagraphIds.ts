import type { CorpusIndex } from '../corpus/corpusIndex';

/** Themes and all their sub-themes. */
export function themeClosure(index: Pick<CorpusIndex, 'themes'>, themeIds: readonly string[]): Set<string> {
  const closure = new Set<string>();
  const visit = (id: string) => {
    if (closure.has(id)) return;
    closure.add(id);
    for (const childId of index.themes.get(id)?.childIds ?? []) visit(childId);
  };
  for (const id of themeIds) visit(id);
  return closure;
}

/** Paragraphs the thematic index cites under these themes or their sub-themes. */
export function themeParagraphIds(index: Pick<CorpusIndex, 'themes'>, themeIds: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const themeId of themeClosure(index, themeIds)) {
    for (const paragraphId of index.themes.get(themeId)?.paragraphIds ?? []) ids.add(paragraphId);
  }
  return ids;
}
