import { sameWording } from '../../corpus/build/wording';
import type { Corpus } from '../../corpus/model';
import { paragraphsByCompendiumKey, sectionOfKey } from './compendiumKeys';
import { matchThemes, type ThemeMatching } from './matchThemes';
import type { CompendiumEdition, EditionEntry } from './model';

export interface EditionAlignment {
  /** Entries that line up with a bundled paragraph, by compendium reference. */
  linedUp: { reference: string; paragraphId: string }[];
  /** Bundled references the file lacks, in the sections the file has. */
  missing: string[];
  /** Bundled sections (`A:II`) the file does not have at all. */
  absentSections: string[];
  /** The file's references no bundled paragraph has. */
  extra: EditionEntry[];
  /** Sections whose paragraph count differs between the bundled compendium and the file. */
  counts: { section: string; bundled: number; edition: number }[];
  /**
   * Paragraphs that already have text in the edition's language (an imported report) worded
   * differently from the edition: both are kept, the report's quoted and the edition's as a variant.
   */
  differingWording: { reference: string; paragraphId: string; current: string; edition: string }[];
  themes: ThemeMatching;
}

/** How an edition lines up with the corpus, paragraph by paragraph by compendium reference (never by wording). */
export function alignEdition(corpus: Pick<Corpus, 'documents' | 'paragraphs' | 'themes'>, edition: CompendiumEdition): EditionAlignment {
  const byKey = paragraphsByCompendiumKey(corpus);
  const entryKeys = new Set(edition.entries.map((entry) => entry.reference));
  const editionSections = new Set(edition.sections.map((section) => section.reference));
  const bundledSections = [...new Set([...byKey.keys()].map(sectionOfKey))];
  const alignment: EditionAlignment = {
    linedUp: [],
    missing: [...byKey.keys()].filter((key) => !entryKeys.has(key) && editionSections.has(sectionOfKey(key))),
    absentSections: bundledSections.filter((section) => !editionSections.has(section)),
    extra: [],
    counts: [],
    differingWording: [],
    themes: matchThemes(corpus.themes, byKey, edition.themes),
  };
  for (const entry of edition.entries) {
    const paragraph = byKey.get(entry.reference);
    if (!paragraph) {
      alignment.extra.push(entry);
      continue;
    }
    alignment.linedUp.push({ reference: entry.reference, paragraphId: paragraph.id });
    const current = paragraph.text[edition.lang];
    if (edition.lang === 'en' && current !== undefined && !sameWording(current, entry.text)) {
      alignment.differingWording.push({ reference: entry.reference, paragraphId: paragraph.id, current, edition: entry.text });
    }
  }
  for (const section of edition.sections.map((s) => s.reference)) {
    const bundled = [...byKey.keys()].filter((key) => sectionOfKey(key) === section).length;
    const inEdition = edition.entries.filter((entry) => sectionOfKey(entry.reference) === section).length;
    if (bundled !== inEdition) alignment.counts.push({ section, bundled, edition: inEdition });
  }
  return alignment;
}
