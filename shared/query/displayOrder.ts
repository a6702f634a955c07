import type { CorpusIndex } from '../corpus/corpusIndex';
import type { CorpusDocument } from '../corpus/model';

/** The compendium's order: the Working Group's meetings, then the Conference's sessions, each chronological. */
export function compareDocuments(a: Pick<CorpusDocument, 'id' | 'body' | 'year' | 'meeting'>, b: Pick<CorpusDocument, 'id' | 'body' | 'year' | 'meeting'>): number {
  if (a.body !== b.body) return a.body === 'wg' ? -1 : 1;
  return a.year - b.year || a.meeting - b.meeting || a.id.localeCompare(b.id);
}

/** Paragraph id → position in the browser's natural order (documents as above, paragraphs as in their document). */
export function displayOrder(index: CorpusIndex): Map<string, number> {
  const order = new Map<string, number>();
  const documents = [...index.corpus.documents].sort(compareDocuments);
  for (const document of documents) {
    for (const id of document.paragraphIds) {
      if (!order.has(id)) order.set(id, order.size);
    }
  }
  // Paragraphs a document does not list (should not happen) still get a place, at the end.
  for (const paragraph of index.corpus.paragraphs) {
    if (!order.has(paragraph.id)) order.set(paragraph.id, order.size);
  }
  return order;
}
