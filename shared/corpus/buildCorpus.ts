import { buildConferenceInstruments, type OriginalInstrument } from './build/buildConferenceInstruments';
import { buildRecommendationReport } from './build/buildRecommendationReport';
import { buildThemes } from './build/buildThemes';
import { buildWorkingGroupReports, type OriginalReport } from './build/buildWorkingGroupReports';
import { CorpusBuilder } from './build/CorpusBuilder';
import type { Corpus, CorpusDocument, SourceTexts } from './model';
import { parseCompendium, splitLeading } from './parse/parseCompendium';
import { parseOutline } from './parse/parseOutline';
import { parseRecommendationReport } from './parse/parseRecommendationReport';
import { parseThematicIndex } from './parse/parseThematicIndex';
import { parseWrappedReport } from './parse/parseWrappedReport';
import { toSourceLines } from './parse/sourceLines';
import { SOURCE_FILES } from './sourceFiles';

/** Parses the five bundled sources into the corpus (deterministic: same sources, same corpus). */
export function buildCorpus(sources: SourceTexts): Corpus {
  const read = (role: keyof typeof SOURCE_FILES) => {
    const text = sources[SOURCE_FILES[role]];
    if (text === undefined) throw new Error(`Corpus source missing: ${SOURCE_FILES[role]} (${role}).`);
    return text;
  };
  const builder = new CorpusBuilder();
  const compendium = parseCompendium(read('compendium'));
  const index = parseThematicIndex(compendium.indexLines);
  for (const problem of index.problems) {
    builder.report({ kind: 'note', message: problem.message, provenance: { file: SOURCE_FILES.compendium, line: problem.line, what: 'thematic index' } });
  }

  const originalReports = new Map<number, OriginalReport>([
    [1, { file: SOURCE_FILES.report2012, report: parseWrappedReport(read('report2012')) }],
    [3, { file: SOURCE_FILES.report2015, report: parseWrappedReport(read('report2015')) }],
  ]);
  buildWorkingGroupReports(builder, compendium.partA, index, originalReports);
  buildConferenceInstruments(builder, compendium.partB, index, [readResolution63(read('resolution63'))]);
  buildRecommendationReport(builder, SOURCE_FILES.report2022, parseRecommendationReport(read('report2022')));
  const themes = buildThemes(builder, index);
  recordSymbolFootnotes(builder.documents, sources);
  for (const document of builder.documents.filter((d) => d.place === null)) {
    builder.report({ kind: 'missing-metadata', message: `${document.shortKey}: the place of the meeting or session is not given in the sources.` });
  }

  return {
    documents: builder.documents,
    paragraphs: builder.paragraphs,
    themes,
    dataQuality: builder.dataQuality,
    coverage: coverageOf(builder.documents),
  };
}

function readResolution63(text: string): OriginalInstrument {
  const outline = parseOutline(toSourceLines(text), {
    topLevel: 'number',
    plainDigitFootnotes: true,
    opensLeadingBlock: (line) => line.startsWith('La Conférence des Parties'),
  });
  return { file: SOURCE_FILES.resolution63, instrumentNumber: '6/3', preamble: splitLeading(outline.leading).preamble, outline };
}

/** Footnotes that cite a document by its symbol (resolution 6/3 citing the 2012 report) confirm the symbol. */
function recordSymbolFootnotes(documents: readonly CorpusDocument[], sources: SourceTexts): void {
  for (const [file, text] of Object.entries(sources)) {
    toSourceLines(text).forEach(({ text: line, line: number }) => {
      const footnote = /^\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3})\s+\[?(CTOC\/COP\/[\w./]+?)\]?(?:\(#\))?\.\s*$/.exec(line);
      const document = footnote && documents.find((d) => d.symbol === footnote[1]);
      if (document) document.metadataSources.symbol!.push({ file, line: number, what: 'footnote citing the document' });
    });
  }
}

function coverageOf(documents: readonly CorpusDocument[]): Corpus['coverage'] {
  const meetings = [...new Set(documents.filter((d) => d.body === 'wg').map((d) => d.meeting))].sort((a, b) => a - b);
  const sessions = [...new Set(documents.filter((d) => d.body === 'cop').map((d) => d.meeting))].sort((a, b) => a - b);
  const years = documents.map((d) => d.year).filter((y) => Number.isFinite(y));
  const missingMeetings: number[] = [];
  for (let meeting = 1; meeting < (meetings.at(-1) ?? 0); meeting++) if (!meetings.includes(meeting)) missingMeetings.push(meeting);
  const knownGaps = missingMeetings.length
    ? [
        {
          fr: `Réunions ${missingMeetings.join(' et ')} du Groupe de travail : absentes des sources fournies.`,
          en: `Working Group meetings ${missingMeetings.join(' and ')}: not in the bundled sources.`,
        },
      ]
    : [];
  knownGaps.push({
    fr: 'Aucune version anglaise dans les sources fournies (à importer).',
    en: 'No English versions in the bundled sources (import them).',
  });
  return { documentCount: documents.length, meetings, sessions, years: { first: Math.min(...years), last: Math.max(...years) }, knownGaps };
}
