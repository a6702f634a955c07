import type { Corpus, CorpusDocument, Paragraph } from '../model';

/**
 * Hand-built corpus pieces for tests and benchmarks that need cases the bundled sources do not
 * contain; every field not given takes a neutral value.
 */
export function fixtureDocument(id: string, fields: Partial<CorpusDocument> = {}): CorpusDocument {
  return {
    id,
    symbol: id,
    shortKey: id,
    body: 'wg',
    kind: 'report',
    meeting: 1,
    number: null,
    year: 2030,
    dates: null,
    place: null,
    title: {},
    languages: ['fr'],
    originalLanguage: null,
    locatorScheme: 'paragraph',
    qualifyingChapeauId: null,
    compendiumSection: null,
    paragraphIds: [],
    metadataSources: {},
    ...fields,
  };
}

export function fixtureParagraph(id: string, docId: string, fields: Partial<Paragraph> = {}): Paragraph {
  return {
    id,
    docId,
    kind: 'recommendation',
    adopted: true,
    compendiumRef: null,
    compendiumPart: null,
    locator: { kind: 'paragraph', number: null, items: [], source: 'original-text' },
    parentId: null,
    childIds: [],
    text: {},
    textSource: 'original',
    variants: [],
    section: null,
    strengths: [],
    addressees: [],
    themeIds: [],
    provenance: [],
    ...fields,
  };
}

/** Links parents and children and lists each document's paragraphs in the order given. */
export function fixtureCorpus(documents: CorpusDocument[], paragraphs: Paragraph[]): Corpus {
  const byId = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const documentsById = new Map(documents.map((document) => [document.id, document]));
  for (const paragraph of paragraphs) {
    if (paragraph.parentId) byId.get(paragraph.parentId)?.childIds.push(paragraph.id);
    documentsById.get(paragraph.docId)?.paragraphIds.push(paragraph.id);
  }
  const years = documents.map((document) => document.year);
  return {
    documents,
    paragraphs,
    themes: [],
    dataQuality: [],
    coverage: { documentCount: documents.length, meetings: [], sessions: [], years: { first: Math.min(...years), last: Math.max(...years) }, knownGaps: [] },
  };
}
