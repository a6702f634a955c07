import type { CorpusDocument, Paragraph } from '../corpus/model';
import type { PrecedentSource } from './PrecedentSource';

/** Paragraphs with the rows that keep them in document order, whichever answer brought them. */
export interface ParagraphsWithFamily {
  /** Each paragraph once, in the library's order (a document's paragraphs in document order). */
  paragraphs: Paragraph[];
  /** Each paragraph's row in that order, so paragraphs of separate answers sort as the library does. */
  rows: number[];
}

/**
 * The paragraphs asked for and what citing, quoting and showing one of them needs: its ancestors
 * (a citation covers a sub-item by its parent, a sub-item inherits its parent's force), its
 * sub-items (the agreed language quoted with them), its document's qualifying chapeau and the
 * top-level paragraphs just before and after its own (the detail's neighbours). Unknown ids are
 * left out.
 */
export function paragraphFamily(
  source: PrecedentSource,
  rowOf: ReadonlyMap<string, number>,
  documents: ReadonlyMap<string, Pick<CorpusDocument, 'qualifyingChapeauId'>>,
  ids: readonly string[],
): ParagraphsWithFamily {
  const found = new Map<string, Paragraph>();
  const fetch = (wanted: readonly string[]): Paragraph[] => {
    const missing = [...new Set(wanted)].filter((id) => !found.has(id));
    const fetched = missing.length === 0 ? [] : source.paragraphs(missing);
    for (const paragraph of fetched) found.set(paragraph.id, paragraph);
    return fetched;
  };
  const asked = fetch(ids);
  for (let frontier = asked; frontier.length > 0; ) frontier = fetch(frontier.flatMap((paragraph) => paragraph.parentId ?? []));
  for (let frontier = asked; frontier.length > 0; ) frontier = fetch(frontier.flatMap((paragraph) => paragraph.childIds));
  fetch(asked.flatMap((paragraph) => [...chapeauOf(paragraph, documents), ...neighbourIds(source, rowOf, paragraph)]));

  const paragraphs = [...found.values()].filter((paragraph) => rowOf.has(paragraph.id));
  paragraphs.sort((a, b) => rowOf.get(a.id)! - rowOf.get(b.id)!);
  return { paragraphs, rows: paragraphs.map((paragraph) => rowOf.get(paragraph.id)!) };
}

function chapeauOf(paragraph: Paragraph, documents: ReadonlyMap<string, Pick<CorpusDocument, 'qualifyingChapeauId'>>): string[] {
  const chapeauId = documents.get(paragraph.docId)?.qualifyingChapeauId;
  return chapeauId ? [chapeauId] : [];
}

/** The top-level paragraphs of the same document around the paragraph's own top-level one. */
function neighbourIds({ facts }: PrecedentSource, rowOf: ReadonlyMap<string, number>, paragraph: Paragraph): string[] {
  let top = rowOf.get(paragraph.id);
  if (top === undefined) return [];
  for (let seen = 0; facts.parent[top]! !== -1 && seen < facts.ids.length; seen++) top = facts.parent[top]!;
  // Ids are `${docId}#${locator}`: a row of another document ends the search.
  const inDocument = (row: number) => facts.ids[row]!.startsWith(`${paragraph.docId}#`);
  const topLevel = (from: number, step: 1 | -1): string[] => {
    for (let row = from + step; row >= 0 && row < facts.ids.length && inDocument(row); row += step) {
      if (facts.parent[row] === -1) return [facts.ids[row]!];
    }
    return [];
  };
  return [...topLevel(top, -1), ...topLevel(top, 1)];
}
