import { locatorPath } from '../../corpus/build/CorpusBuilder';
import type { Corpus, Paragraph } from '../../corpus/model';

/**
 * The bundled paragraphs by compendium reference, keyed as readEdition keys an edition's entries:
 * `A:I.22`, `B:VI.al.5`; the chapeaus and the one unnumbered preamble the compendium does not
 * number by their section and locator (`B:III.chapeau`, `B:V.preamble`).
 */
export function paragraphsByCompendiumKey(corpus: Pick<Corpus, 'documents' | 'paragraphs'>): Map<string, Paragraph> {
  const sections = new Map(corpus.documents.map((document) => [document.id, document.compendiumSection]));
  const byKey = new Map<string, Paragraph>();
  for (const paragraph of corpus.paragraphs) {
    if (!paragraph.compendiumPart) continue;
    const section = sections.get(paragraph.docId)?.split('.')[1];
    const reference = paragraph.compendiumRef ?? (section ? `${section}.${locatorPath(paragraph.locator)}` : null);
    if (reference) byKey.set(`${paragraph.compendiumPart}:${reference}`, paragraph);
  }
  return byKey;
}

/** The section part of a key: `A:I.22` → `A:I`. */
export function sectionOfKey(key: string): string {
  return key.slice(0, key.indexOf('.'));
}
