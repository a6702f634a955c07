import { locatorPath } from '../corpus/build/CorpusBuilder';
import type { Corpus, CorpusDocument, DataQualityIssue, Lang, Paragraph, Provenance, Theme } from '../corpus/model';
import { applyEdition, type MergeState } from './compendium/applyEdition';
import { detectAddressees, detectStrengths } from '../corpus/operativeStrength';
import { documentKey } from './documentKey';
import { type ImportedDocument, type UserLibrary, USER_METADATA_FILE, userProvenance } from './model';
import { createThemeSuggester } from './suggestThemes';

/**
 * The corpus the desk works on: the bundled corpus, then the user's metadata for bundled documents
 * (a symbol the sources lack), then the imported documents in the order they were imported. A
 * document whose symbol is already in the corpus in another language becomes that document's
 * version in its language, paragraph by paragraph by locator; otherwise it is a new document.
 * Then the imported English editions of the compendium (compendium/applyEdition). Bundled
 * objects are never modified: whatever changes is copied first. Last, paragraphs the index
 * does not cover get theme suggestions (Paragraph.suggestedThemeIds), kept apart from the index.
 */
export function mergeLibrary(base: Corpus, library: Pick<UserLibrary, 'documents' | 'metadata'> & Partial<Pick<UserLibrary, 'compendiums'>>): Corpus {
  const merged = new MergedCorpus(base);
  for (const entry of library.metadata) merged.applyUserMetadata(entry.docId, entry.symbol);
  for (const document of byImportDate(library.documents)) merged.addImported(document);
  // After the reports, whatever the import order: a report's English is the original's words and
  // stays quoted; an edition's differing wording becomes a variant.
  for (const compendium of byImportDate(library.compendiums ?? [])) applyEdition(merged.editionState, compendium);
  merged.suggestThemes(new Set(base.paragraphs.map((paragraph) => paragraph.id)));
  return merged.result();
}

function byImportDate<T extends { importedAt: string; libraryId: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.libraryId.localeCompare(b.libraryId));
}

class MergedCorpus {
  private readonly documents: CorpusDocument[];
  private readonly paragraphs = new Map<string, Paragraph>();
  private readonly dataQuality: DataQualityIssue[];
  private readonly themes: Theme[];

  constructor(private readonly base: Corpus) {
    this.documents = [...base.documents];
    for (const paragraph of base.paragraphs) this.paragraphs.set(paragraph.id, paragraph);
    this.dataQuality = [...base.dataQuality];
    this.themes = [...base.themes];
  }

  /** What an imported compendium edition changes (applyEdition). */
  get editionState(): MergeState {
    return { documents: this.documents, paragraphs: this.paragraphs, themes: this.themes, note: (issue) => this.dataQuality.push(issue) };
  }

  applyUserMetadata(docId: string, symbol: string | null): void {
    const position = this.documents.findIndex((document) => document.id === docId);
    const document = this.documents[position];
    // Only what the sources lack: a symbol the sources give is never overridden.
    if (!document || document.symbol !== null || symbol === null) return;
    this.documents[position] = { ...document, symbol, metadataSources: { ...document.metadataSources, symbol: [userProvenance(USER_METADATA_FILE)] } };
  }

  addImported(imported: ImportedDocument): void {
    const { symbol, lang } = imported.metadata;
    const target = symbol === null ? undefined : this.documents.find((document) => document.symbol === symbol);
    if (!target) return this.addNewDocument(imported);
    if (target.languages.includes(lang)) {
      this.note(`${imported.source.name}: ${target.shortKey} already has a ${lang === 'en' ? 'English' : 'French'} text; the imported copy is not used.`);
      return;
    }
    this.addLanguageVersion(target, imported);
  }

  private addLanguageVersion(target: CorpusDocument, imported: ImportedDocument): void {
    const { lang } = imported.metadata;
    const ids = imported.paragraphs.map((paragraph) => `${target.id}#${locatorPath(paragraph.locator)}`);
    const paragraphIds = [...target.paragraphIds];
    let insertAt = 0;
    imported.paragraphs.forEach((paragraph, position) => {
      const id = ids[position]!;
      const where = this.provenance(imported, paragraph.line);
      const existing = this.paragraphs.get(id);
      if (existing) {
        this.paragraphs.set(id, {
          ...existing,
          text: { ...existing.text, [lang]: paragraph.text },
          section: paragraph.section ? { ...existing.section, [lang]: paragraph.section } : existing.section,
          provenance: [...existing.provenance, where],
        });
        insertAt = paragraphIds.indexOf(id) + 1;
        return;
      }
      // Text the other version lacks is kept, in this language only, after the last paragraph that lined up.
      const added = this.newParagraph(target.id, imported, position, ids);
      this.paragraphs.set(id, added);
      const parent = added.parentId === null ? undefined : this.paragraphs.get(added.parentId);
      if (parent && !parent.childIds.includes(id)) this.paragraphs.set(parent.id, { ...parent, childIds: [...parent.childIds, id] });
      paragraphIds.splice(insertAt, 0, id);
      insertAt += 1;
      this.note(`${id}: the ${lang === 'en' ? 'English' : 'French'} text from ${imported.source.name} has no counterpart in the other language.`, id);
    });
    const index = this.documents.indexOf(target);
    this.documents[index] = {
      ...target,
      languages: [...target.languages, lang],
      title: imported.metadata.title ? { ...target.title, [lang]: imported.metadata.title } : target.title,
      paragraphIds,
      metadataSources: { ...target.metadataSources, languages: [...(target.metadataSources.languages ?? []), this.provenance(imported, imported.paragraphs[0]?.line ?? 0)] },
    };
  }

  private addNewDocument(imported: ImportedDocument): void {
    const { metadata } = imported;
    const id = documentKey(metadata, imported.libraryId, (key) => this.documents.some((document) => document.id === key || document.shortKey === key));
    const ids = imported.paragraphs.map((paragraph) => `${id}#${locatorPath(paragraph.locator)}`);
    if (new Set(ids).size !== ids.length) {
      this.note(`${imported.source.name}: two paragraphs share a number; the document is not used.`);
      return;
    }
    imported.paragraphs.forEach((_, position) => this.paragraphs.set(ids[position]!, this.newParagraph(id, imported, position, ids)));
    this.documents.push({
      id,
      symbol: metadata.symbol,
      shortKey: id,
      body: metadata.body,
      kind: metadata.kind,
      meeting: metadata.meeting ?? 0,
      number: metadata.number,
      year: metadata.year ?? Number.NaN,
      dates: metadata.dates,
      place: metadata.place,
      title: metadata.title ? { [metadata.lang]: metadata.title } : {},
      languages: [metadata.lang],
      originalLanguage: metadata.originalLanguage,
      locatorScheme: metadata.locatorScheme,
      qualifyingChapeauId: null,
      compendiumSection: null,
      paragraphIds: ids,
      metadataSources: imported.metadataSources,
    });
  }

  private newParagraph(docId: string, imported: ImportedDocument, position: number, ids: readonly string[]): Paragraph {
    const paragraph = imported.paragraphs[position]!;
    const { lang } = imported.metadata;
    const id = ids[position]!;
    const parentId = paragraph.parent === null ? null : (ids[paragraph.parent] ?? null);
    const childIds = imported.paragraphs.flatMap((other, index) => (other.parent === position ? [ids[index]!] : []));
    return {
      id,
      docId,
      kind: paragraph.kind,
      adopted: paragraph.adopted,
      compendiumRef: null,
      compendiumPart: null,
      locator: paragraph.locator,
      parentId,
      childIds,
      text: { [lang]: paragraph.text },
      textSource: 'original',
      variants: [],
      section: paragraph.section ? { [lang]: paragraph.section } : null,
      strengths: paragraph.adopted ? detectStrengths(paragraph.text, lang) : [],
      addressees: paragraph.adopted ? detectAddressees(paragraph.text, lang) : [],
      themeIds: [],
      suggestedThemeIds: paragraph.suggestedThemeIds,
      provenance: [this.provenance(imported, paragraph.line)],
    };
  }

  /** Bundled adopted paragraphs the index leaves out (the 2022 recommendations) get suggestions. */
  suggestThemes(bundledIds: ReadonlySet<string>): void {
    const uncovered = [...this.paragraphs.values()].filter((p) => bundledIds.has(p.id) && p.adopted && p.themeIds.length === 0 && p.suggestedThemeIds === undefined);
    if (uncovered.length === 0) return;
    const suggest = createThemeSuggester({ paragraphs: [...this.paragraphs.values()] });
    for (const paragraph of uncovered) {
      const lang = (Object.keys(paragraph.text) as Lang[])[0];
      if (!lang) continue;
      const themeIds = suggest(paragraph.text[lang]!, lang).map((suggestion) => suggestion.themeId);
      if (themeIds.length > 0) this.paragraphs.set(paragraph.id, { ...paragraph, suggestedThemeIds: themeIds });
    }
  }

  result(): Corpus {
    const documents = this.documents;
    const ordered = documents.flatMap((document) => document.paragraphIds.map((id) => this.paragraphs.get(id)!));
    const meetings = [...new Set(documents.filter((d) => d.body === 'wg').map((d) => d.meeting))].filter((m) => m > 0).sort((a, b) => a - b);
    const sessions = [...new Set(documents.filter((d) => d.body === 'cop').map((d) => d.meeting))].filter((m) => m > 0).sort((a, b) => a - b);
    const years = documents.map((d) => d.year).filter((y) => Number.isFinite(y));
    return {
      documents,
      paragraphs: ordered,
      themes: this.themes,
      dataQuality: this.dataQuality,
      coverage: { ...this.base.coverage, documentCount: documents.length, meetings, sessions, years: { first: Math.min(...years), last: Math.max(...years) } },
    };
  }

  private provenance(imported: ImportedDocument, line: number): Provenance {
    return { file: imported.source.name, line, what: `imported ${imported.source.format} file, ${imported.metadata.lang === 'en' ? 'English' : 'French'} text` };
  }

  private note(message: string, paragraphId?: string): void {
    this.dataQuality.push({ kind: 'note', message, ...(paragraphId ? { paragraphId } : {}) });
  }
}
