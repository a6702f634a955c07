import type { CorpusIndex } from '../../corpus/corpusIndex';
import { displayOrder } from '../displayOrder';
import { inheritedWording } from '../inheritedWording';
import { addresseeBits, BODY_CODES, emptyRowFacts, strengthBits, type PrecedentFacts } from '../PrecedentFacts';

/** The facts of a whole corpus (bundled and imported paragraphs merged). */
export function buildPrecedentFacts(index: CorpusIndex): PrecedentFacts {
  const order = displayOrder(index);
  const ids = [...order.keys()].filter((id) => index.paragraphs.has(id));
  const rowOf = new Map(ids.map((id, row) => [id, row]));
  const facts = emptyRowFacts(ids);
  ids.forEach((id, row) => {
    const paragraph = index.paragraphs.get(id)!;
    const document = index.documents.get(paragraph.docId);
    const wording = inheritedWording(index, paragraph);
    facts.parent[row] = paragraph.parentId === null ? -1 : (rowOf.get(paragraph.parentId) ?? -1);
    facts.adopted[row] = paragraph.adopted ? 1 : 0;
    facts.hasRef[row] = paragraph.compendiumRef === null ? 0 : 1;
    facts.body[row] = BODY_CODES.indexOf(document?.body ?? 'wg');
    facts.meeting[row] = document?.meeting ?? 0;
    facts.year[row] = document?.year ?? 0;
    facts.strengths[row] = strengthBits(wording.strengths);
    facts.addressees[row] = addresseeBits(wording.addressees);
  });
  return { ...facts, themeRows: themeRows(index, rowOf), themeChildren: new Map(index.corpus.themes.map((theme) => [theme.id, theme.childIds])) };
}

function themeRows(index: CorpusIndex, rowOf: ReadonlyMap<string, number>): Map<string, Int32Array> {
  const rowsWithSubItems = (paragraphId: string, into: Set<number>) => {
    const row = rowOf.get(paragraphId);
    if (row === undefined || into.has(row)) return;
    into.add(row);
    for (const childId of index.paragraphs.get(paragraphId)?.childIds ?? []) rowsWithSubItems(childId, into);
  };
  return new Map(
    index.corpus.themes.map((theme) => {
      const rows = new Set<number>();
      for (const paragraphId of theme.paragraphIds) rowsWithSubItems(paragraphId, rows);
      return [theme.id, Int32Array.from([...rows].sort((a, b) => a - b))];
    }),
  );
}
