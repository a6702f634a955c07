import { sameWording } from '../../corpus/build/wording';
import type { CorpusDocument, DataQualityIssue, Paragraph, Provenance, Theme } from '../../corpus/model';
import { paragraphsByCompendiumKey } from './compendiumKeys';
import { matchThemes } from './matchThemes';
import type { ImportedCompendium } from './model';

/** The parts of the corpus being merged that an edition changes (copied before any change). */
export interface MergeState {
  documents: CorpusDocument[];
  paragraphs: Map<string, Paragraph>;
  themes: Theme[];
  note(issue: DataQualityIssue): void;
}

/**
 * An imported English edition of the compendium gives each paragraph it lines up with (by
 * compendium reference) its English text. Where the paragraph already has English text (an
 * imported report: the original's words) and the edition words it differently, the report's text
 * stays quoted and the edition's is kept as a variant, as the French compendium's are. Its index
 * gives the themes it matches their official English labels, and its headings the documents'
 * English titles when they have none. Only text the file prints is used.
 */
export function applyEdition(state: MergeState, imported: ImportedCompendium): void {
  const { edition, source } = imported;
  if (edition.lang !== 'en') return;
  const where = (line: number, what: string): Provenance => ({ file: source.name, line, what: `imported ${source.format} file, English compendium, ${what}` });
  const byKey = paragraphsByCompendiumKey({ documents: state.documents, paragraphs: [...state.paragraphs.values()] });

  for (const entry of edition.entries) {
    const paragraph = byKey.get(entry.reference);
    if (!paragraph) {
      state.note({ kind: 'note', message: `${source.name}: ${entry.reference} matches no paragraph of the bundled compendium; its text is not used.` });
      continue;
    }
    const provenance = where(entry.line, entry.reference);
    const current = paragraph.text.en;
    if (current === undefined) {
      state.paragraphs.set(paragraph.id, { ...paragraph, text: { ...paragraph.text, en: entry.text }, provenance: [...paragraph.provenance, provenance] });
    } else if (!sameWording(current, entry.text)) {
      state.paragraphs.set(paragraph.id, { ...paragraph, variants: [...paragraph.variants, { source: 'compendium', lang: 'en', text: entry.text, provenance }] });
      state.note({ kind: 'text-variant', paragraphId: paragraph.id, message: `${entry.reference}: the English compendium (${source.name}) words it differently from the imported English text.`, provenance });
    } else {
      state.paragraphs.set(paragraph.id, { ...paragraph, provenance: [...paragraph.provenance, provenance] });
    }
  }
  addTitles(state, imported, where);
  const { matches } = matchThemes(state.themes, byKey, edition.themes);
  for (const match of matches) {
    const position = state.themes.findIndex((theme) => theme.id === match.themeId);
    const theme = state.themes[position]!;
    const line = edition.themes.find((t) => t.label === match.label)?.line ?? 0;
    state.themes[position] = { ...theme, label: { ...theme.label, en: match.label }, englishLabelIsUnofficial: false, provenance: [...theme.provenance, where(line, 'thematic index')] };
  }
}

/** Part A: the meeting heading; part B: "Decision 1/6: title". Never over a title the document has in English. */
function addTitles(state: MergeState, imported: ImportedCompendium, where: (line: number, what: string) => Provenance): void {
  for (const section of imported.edition.sections) {
    const position = state.documents.findIndex((document) => document.compendiumSection === section.reference.replace(':', '.'));
    const document = state.documents[position];
    if (!document || document.title.en !== undefined) continue;
    const title = section.title ? `${section.heading}: ${section.title}` : section.heading;
    state.documents[position] = {
      ...document,
      title: { ...document.title, en: title },
      metadataSources: { ...document.metadataSources, title: [...(document.metadataSources.title ?? []), where(section.line, 'section heading')] },
    };
  }
}
