import type { Corpus, SourceTexts } from './model';

/** Parses the five bundled sources into the corpus. (Being written: returns an empty corpus for now.) */
export function buildCorpus(_sources: SourceTexts): Corpus {
  return {
    documents: [],
    paragraphs: [],
    themes: [],
    dataQuality: [],
    coverage: { documentCount: 0, meetings: [], sessions: [], years: { first: 0, last: 0 }, knownGaps: [] },
  };
}
