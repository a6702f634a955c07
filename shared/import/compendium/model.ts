import type { Lang } from '../../corpus/model';
import type { ImportedDocument } from '../model';

/**
 * An edition of the compendium read from a file the user imported: its part A and part B
 * paragraphs keyed by compendium reference, and its thematic index when it has one. Only what the
 * file prints is kept; alignment with the bundled paragraphs is worked out each time the corpus is
 * loaded (applyEdition), so nothing of the bundled corpus is copied into the library.
 */
export interface CompendiumEdition {
  lang: Lang;
  sections: EditionSection[];
  entries: EditionEntry[];
  /** Empty when the file has no thematic index (or, as a PDF, lost its table). */
  themes: EditionTheme[];
}

export interface EditionSection {
  /** `A:IV`, `B:I`. */
  reference: string;
  /** As printed: part A, the meeting ("Fourth meeting, 11–13 September 2017"); part B, the instrument ("Decision 1/6"). */
  heading: string;
  /** The title of a decision or resolution, when printed; null for part A. */
  title: string | null;
  line: number;
}

export interface EditionEntry {
  /**
   * Compendium reference with its part: `A:I.22`, `A:V.2.e`, `B:VI.9.c`, `B:VI.al.5`; for blocks the
   * compendium does not number, the section and the locator: `B:III.chapeau`, `B:V.preamble`.
   */
  reference: string;
  text: string;
  /** 1-based line of the extracted text where the paragraph starts. */
  line: number;
}

export interface EditionTheme {
  label: string;
  /** Compendium references the theme cites, with their part (`A:I.22`). */
  references: string[];
  line: number;
}

/** A compendium as detected, before the user confirms it; also what the host stores. */
export interface NewImportedCompendium {
  source: ImportedDocument['source'];
  edition: CompendiumEdition;
}

/** An edition in the user's library (`library/editions/<libraryId>.json`). */
export interface ImportedCompendium extends NewImportedCompendium {
  libraryId: string;
  importedAt: string;
}

/** A compendium edition (to preview or in the library), as opposed to a document. */
export function isCompendium(value: object): value is NewImportedCompendium {
  return 'edition' in value;
}
