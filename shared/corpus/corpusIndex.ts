import type { Corpus, CorpusDocument, Paragraph, Theme } from './model';

/** Lookup tables over a corpus, built once and shared by citations, search, check and export. */
export interface CorpusIndex {
  corpus: Corpus;
  paragraphs: ReadonlyMap<string, Paragraph>;
  documents: ReadonlyMap<string, CorpusDocument>;
  themes: ReadonlyMap<string, Theme>;
  /** Keyed `A:I.22`, `A:V.2.e`, `B:VI.9.c`, `B:VI.al.5`. */
  byCompendiumRef: ReadonlyMap<string, Paragraph>;
  /** Keyed by document short key as well as symbol. */
  documentsByKey: ReadonlyMap<string, CorpusDocument>;
}

export function indexCorpus(corpus: Corpus): CorpusIndex {
  const byCompendiumRef = new Map<string, Paragraph>();
  for (const paragraph of corpus.paragraphs) {
    if (paragraph.compendiumRef && paragraph.compendiumPart) {
      byCompendiumRef.set(`${paragraph.compendiumPart}:${paragraph.compendiumRef}`, paragraph);
    }
  }
  const documentsByKey = new Map<string, CorpusDocument>();
  for (const document of corpus.documents) {
    documentsByKey.set(document.shortKey, document);
    if (document.symbol) documentsByKey.set(document.symbol, document);
  }
  return {
    corpus,
    paragraphs: new Map(corpus.paragraphs.map((p) => [p.id, p])),
    documents: new Map(corpus.documents.map((d) => [d.id, d])),
    themes: new Map(corpus.themes.map((t) => [t.id, t])),
    byCompendiumRef,
    documentsByKey,
  };
}
