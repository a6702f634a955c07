import { locatorPath } from '../corpus/build/CorpusBuilder';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { CorpusDocument } from '../corpus/model';
import type { ImportedParagraph, ImportMetadata } from './model';

export interface AlignmentPreview {
  /** The document of the same symbol already in the library, when there is one. */
  target: CorpusDocument | null;
  /** The target already has text in this language: the import would duplicate it and is refused. */
  duplicate: boolean;
  /** Per imported paragraph, the id of its counterpart in the target, or null if it has none. */
  counterparts: (string | null)[];
  /** Target paragraphs nothing in the import lines up with. */
  missing: string[];
}

/**
 * How an imported document lines up with the library: by symbol to a document, then paragraph by
 * paragraph by locator (paragraph or recommendation number and sub-items), never by wording (the
 * two texts are in different languages). What does not line up is listed for the preview.
 */
export function alignImport(index: CorpusIndex, metadata: Pick<ImportMetadata, 'symbol' | 'lang'>, paragraphs: readonly Pick<ImportedParagraph, 'locator'>[]): AlignmentPreview {
  const target = metadata.symbol ? (index.corpus.documents.find((document) => document.symbol === metadata.symbol) ?? null) : null;
  if (!target) return { target: null, duplicate: false, counterparts: paragraphs.map(() => null), missing: [] };
  const counterparts = paragraphs.map((paragraph) => {
    const id = `${target.id}#${locatorPath(paragraph.locator)}`;
    return index.paragraphs.has(id) ? id : null;
  });
  const matched = new Set(counterparts);
  return {
    target,
    duplicate: target.languages.includes(metadata.lang),
    counterparts,
    missing: target.paragraphIds.filter((id) => !matched.has(id)),
  };
}
