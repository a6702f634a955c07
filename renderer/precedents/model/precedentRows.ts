import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { CorpusDocument, Paragraph } from '../../../shared/corpus/model';
import { ancestorIds } from './ancestors';
import { inheritedWording } from './inheritedWording';

export interface PrecedentRow {
  id: string;
  paragraph: Paragraph;
  document: CorpusDocument;
  /** 0 for a top-level paragraph, 1 for a sub-item, ...: its depth in the document, shown even when its parent is filtered out. */
  depth: number;
  /** Position in the natural order (see displayOrder). */
  order: number;
  wording: ReturnType<typeof inheritedWording>;
  subRows: PrecedentRow[];
}

/** The shown paragraphs as a tree: each one under its nearest shown ancestor, in natural order. */
export function buildPrecedentRows(index: CorpusIndex, ids: ReadonlySet<string>, order: ReadonlyMap<string, number>): PrecedentRow[] {
  const position = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...ids].sort((a, b) => position(a) - position(b));
  const rows = new Map<string, PrecedentRow>();
  const topLevel: PrecedentRow[] = [];
  for (const id of sorted) {
    const paragraph = index.paragraphs.get(id);
    const document = paragraph && index.documents.get(paragraph.docId);
    if (!paragraph || !document) continue;
    const ancestors = ancestorIds(index, id);
    const row: PrecedentRow = { id, paragraph, document, depth: ancestors.length, order: position(id), wording: inheritedWording(index, paragraph), subRows: [] };
    rows.set(id, row);
    const shownParent = ancestors.map((ancestorId) => rows.get(ancestorId)).find((candidate) => candidate !== undefined);
    (shownParent ? shownParent.subRows : topLevel).push(row);
  }
  return topLevel;
}
