import type { CorpusIndex } from '../corpus/corpusIndex';

export function ancestorIds(index: CorpusIndex, paragraphId: string): string[] {
  const ids: string[] = [];
  let current = index.paragraphs.get(paragraphId)?.parentId ?? null;
  while (current && !ids.includes(current)) {
    ids.push(current);
    current = index.paragraphs.get(current)?.parentId ?? null;
  }
  return ids;
}

/** Sub-items, sub-sub-items, ... in document order. */
export function descendantIds(index: CorpusIndex, paragraphId: string): string[] {
  const ids: string[] = [];
  const visit = (id: string) => {
    for (const childId of index.paragraphs.get(id)?.childIds ?? []) {
      if (ids.includes(childId)) continue;
      ids.push(childId);
      visit(childId);
    }
  };
  visit(paragraphId);
  return ids;
}
